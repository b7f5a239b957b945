import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";

/** A framework's stored scores per account in scope over time (posture_snapshots, scope "framework"), oldest first. */
export async function findComplianceTrend(frameworkId: string, options: { scope: AccountScope; accountIds?: string[]; since?: Date; database?: Database }) {
  const database = options.database ?? db();
  return database.postureSnapshot.findMany({
    where: {
      scope: "framework",
      key: frameworkId,
      ...accountWhere(options.scope, options.accountIds),
      ...(options.since ? { createdAt: { gte: options.since } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 2_000,
    select: { accountId: true, score: true, createdAt: true },
  });
}
