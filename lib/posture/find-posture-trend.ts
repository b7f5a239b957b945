import "server-only";
import { db, type Database } from "@/lib/db/client";

/** Every account's overall score since `since` (default 90 days), oldest first, for the overview's trend chart. */
export async function findPostureTrend(options: { since?: Date; database?: Database } = {}) {
  const database = options.database ?? db();
  return database.postureSnapshot.findMany({
    where: { scope: "overall", key: "all", createdAt: { gte: options.since ?? new Date(Date.now() - 90 * 86_400_000) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 5_000,
    select: { accountId: true, score: true, createdAt: true },
  });
}
