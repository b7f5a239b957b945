import "server-only";
import { db, type Database } from "@/lib/db/client";

/** A framework's stored scores per account over time (posture_snapshots, scope "framework"), oldest first. */
export async function findComplianceTrend(frameworkId: string, options: { accountIds?: string[]; since?: Date; database?: Database } = {}) {
  const database = options.database ?? db();
  return database.postureSnapshot.findMany({
    where: {
      scope: "framework",
      key: frameworkId,
      ...(options.accountIds && options.accountIds.length > 0 ? { accountId: { in: options.accountIds } } : {}),
      ...(options.since ? { createdAt: { gte: options.since } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 2_000,
    select: { accountId: true, score: true, createdAt: true },
  });
}
