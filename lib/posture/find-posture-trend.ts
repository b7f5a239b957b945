import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";

/** The overall score of every account in scope since `since` (default 90 days), oldest first, for the overview's trend chart. */
export async function findPostureTrend(options: { scope: AccountScope; since?: Date; database?: Database }) {
  const database = options.database ?? db();
  return database.postureSnapshot.findMany({
    where: { ...accountWhere(options.scope), scope: "overall", key: "all", createdAt: { gte: options.since ?? new Date(Date.now() - 90 * 86_400_000) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 5_000,
    select: { accountId: true, score: true, createdAt: true },
  });
}
