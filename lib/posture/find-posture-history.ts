import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";

/** An account's overall score over its last scans, oldest first, for the trend line on /posture. */
export async function findPostureHistory(accountId: string, options: { scope: AccountScope; limit?: number; database?: Database }) {
  const database = options.database ?? db();
  const rows = await database.postureSnapshot.findMany({
    where: { ...accountWhere(options.scope, accountId), scope: "overall", key: "all" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 30,
    select: { scanId: true, score: true, passed: true, failed: true, createdAt: true },
  });
  return rows.reverse();
}
