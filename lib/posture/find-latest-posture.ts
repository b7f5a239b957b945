import "server-only";
import { accountSql, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/**
 * Per account in the reader's scope, every posture snapshot (overall, per service, per framework) of the
 * newest scan that stored any.
 */
export async function findLatestPosture(options: { scope: AccountScope; accountId?: string; database?: Database }) {
  const database = options.database ?? db();
  // Per account, one probe of posture_snapshots_account_id_scope_key_created_at_idx for its newest overall score.
  const overall = await database.$queryRaw<{ accountId: string; scanId: string }[]>`
    SELECT a.id AS "accountId", newest.scan_id AS "scanId"
    FROM accounts a
    CROSS JOIN LATERAL (
      SELECT p.scan_id FROM posture_snapshots p
      WHERE p.account_id = a.id AND p.scope = 'overall' AND p.key = 'all'
      ORDER BY p.created_at DESC, p.id DESC LIMIT 1
    ) newest
    WHERE ${accountSql(options.scope, Prisma.sql`a.id`, options.accountId)}
    ORDER BY a.id`;
  if (overall.length === 0) return [];
  const snapshots = await database.postureSnapshot.findMany({
    where: { scanId: { in: overall.map((row) => row.scanId) } },
    orderBy: [{ accountId: "asc" }, { scope: "asc" }, { key: "asc" }],
  });
  return overall.map(({ accountId, scanId }) => {
    const rows = snapshots
      .filter((row) => row.scanId === scanId)
      .map((row) => ({ ...row, id: row.id.toString() }));
    return {
      accountId,
      scanId,
      overall: rows.find((row) => row.scope === "overall") ?? null,
      services: rows.filter((row) => row.scope === "service"),
      frameworks: rows.filter((row) => row.scope === "framework"),
    };
  });
}

export type AccountPosture = Awaited<ReturnType<typeof findLatestPosture>>[number];
