import "server-only";
import { accountRowsWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { SCAN_LIST_SELECT } from "@/lib/scans/find-scans";

/**
 * Per account in the reader's scope: the newest scan (whatever its state) and the newest finished one, with its gaps.
 * The overview uses them for freshness ("last scanned 2 h ago") and coverage ("3 APIs could not be read").
 */
export async function findLatestScans(scope: AccountScope, database: Database = db()) {
  const accounts = await database.account.findMany({ where: accountRowsWhere(scope), select: { id: true, name: true, source: true }, orderBy: { name: "asc" } });
  if (accounts.length === 0) return [];
  // Two index probes per account in one statement (scans_account_id_queued_at_idx), then the scans by id:
  // four queries whatever the number of accounts.
  const newest = await database.$queryRaw<{ accountId: string; latestId: string | null; finishedId: string | null }[]>`
    SELECT a.id AS "accountId", latest.id AS "latestId", finished.id AS "finishedId"
    FROM unnest(${accounts.map((account) => account.id)}::text[]) AS a(id)
    LEFT JOIN LATERAL (SELECT s.id FROM scans s WHERE s.account_id = a.id ORDER BY s.queued_at DESC LIMIT 1) latest ON TRUE
    LEFT JOIN LATERAL (
      SELECT s.id FROM scans s WHERE s.account_id = a.id AND s.status IN ('succeeded', 'partial', 'failed') ORDER BY s.queued_at DESC LIMIT 1
    ) finished ON TRUE`;
  const ids = (key: "latestId" | "finishedId") => newest.flatMap((row) => (row[key] ? [row[key]] : []));
  const [latestScans, finishedScans] = await Promise.all([
    database.scan.findMany({ where: { id: { in: ids("latestId") } }, select: SCAN_LIST_SELECT }),
    database.scan.findMany({
      where: { id: { in: ids("finishedId") } },
      select: {
        ...SCAN_LIST_SELECT,
        gaps: {
          orderBy: [{ service: "asc" }, { region: "asc" }, { id: "asc" }],
          take: 50,
          select: { id: true, service: true, region: true, api: true, resourceArn: true, errorCode: true, message: true },
        },
      },
    }),
  ]);
  const byAccount = new Map(newest.map((row) => [row.accountId, row]));
  const latestById = new Map(latestScans.map((scan) => [scan.id, scan]));
  const finishedById = new Map(finishedScans.map((scan) => [scan.id, scan]));
  return accounts.map((account) => {
    const row = byAccount.get(account.id);
    const latest = (row?.latestId && latestById.get(row.latestId)) || null;
    const finished = (row?.finishedId && finishedById.get(row.finishedId)) || null;
    return {
      account,
      latest,
      finished: finished ? { ...finished, gaps: finished.gaps.map((gap) => ({ ...gap, id: gap.id.toString() })) } : null,
    };
  });
}

export type LatestScans = Awaited<ReturnType<typeof findLatestScans>>[number];
