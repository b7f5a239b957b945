import "server-only";
import { accountSql, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { SCAN_LIST_SELECT, type ScanListItem } from "@/lib/scans/find-scans";

/**
 * The scans page's histories: each account's (or one account's) `limit` newest scans within the reader's scope, newest first, shaped
 * as findScans shapes them, in three queries whatever the number of accounts (findScans per account would
 * make three per account).
 */
export async function findScanHistories(
  options: { scope: AccountScope; accountId?: string; limit?: number; database?: Database },
): Promise<Map<string, ScanListItem[]>> {
  const database = options.database ?? db();
  // Per account, its newest scans from scans_account_id_queued_at_idx.
  const newest = await database.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM accounts a
    CROSS JOIN LATERAL (
      SELECT s.id FROM scans s WHERE s.account_id = a.id ORDER BY s.queued_at DESC, s.id LIMIT ${options.limit ?? 30}
    ) s
    WHERE ${accountSql(options.scope, Prisma.sql`a.id`, options.accountId)}`;
  const scans = newest.length === 0 ? [] : await database.scan.findMany({
    where: { id: { in: newest.map((row) => row.id) } },
    orderBy: [{ queuedAt: "desc" }, { id: "asc" }],
    select: {
      ...SCAN_LIST_SELECT,
      iamAnalysis: { select: { status: true, startedAt: true, finishedAt: true, principalCount: true, error: true } },
      gaps: {
        orderBy: [{ service: "asc" }, { region: "asc" }, { id: "asc" }],
        take: 200,
        select: { id: true, service: true, region: true, api: true, resourceArn: true, errorCode: true, message: true },
      },
    },
  });
  const histories = new Map<string, ScanListItem[]>();
  for (const scan of scans) {
    const history = histories.get(scan.accountId) ?? [];
    history.push({ ...scan, gaps: scan.gaps.map((gap) => ({ ...gap, id: gap.id.toString() })) });
    histories.set(scan.accountId, history);
  }
  return histories;
}
