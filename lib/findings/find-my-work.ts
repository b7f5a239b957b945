import "server-only";
import { accountSql, accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { summariseScanChanges, type ScanChanges } from "@/lib/findings/summarise-scan-changes";
import { resolveLastSeen } from "@/lib/scans/resolve-last-seen";

const ACTIVE = ["open", "in_progress"] as const;

/**
 * A person's work: the active findings assigned to them, soonest due first (no due date last), and what
 * each account's latest finished scan changed among all findings assigned to them. Within the reader's
 * accounts: a finding assigned before the user's scope was narrowed does not show.
 */
export async function findMyWork(userId: string, options: { scope: AccountScope; database?: Database; limit?: number }) {
  const database = options.database ?? db();
  const inScope = accountWhere(options.scope);
  const [findings, latestScans] = await Promise.all([
    database.finding.findMany({
      where: { assigneeId: userId, status: { in: [...ACTIVE] }, ...inScope },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { severity: "asc" }, { id: "asc" }],
      take: options.limit ?? 200,
      select: {
        id: true, title: true, severity: true, status: true, checkId: true, accountId: true, resourceArn: true,
        dueAt: true, firstSeenAt: true, lastSeenAt: true,
      },
    }),
    // Each account's latest finished scan, one index probe per account: Prisma's `distinct` would read every scan.
    database.$queryRaw<{ id: string; accountId: string; finishedAt: Date | null }[]>`
      SELECT s.id, a.id AS "accountId", s.finished_at AS "finishedAt"
      FROM accounts a
      CROSS JOIN LATERAL (
        SELECT s.id, s.finished_at FROM scans s WHERE s.account_id = a.id AND s.status IN ('succeeded', 'partial')
        ORDER BY s.queued_at DESC LIMIT 1
      ) s
      WHERE ${accountSql(options.scope, Prisma.sql`a.id`)}
      ORDER BY a.id`,
  ]);
  const events = latestScans.length === 0 ? [] : await database.findingEvent.findMany({
    where: { scanId: { in: latestScans.map((scan) => scan.id) }, finding: { assigneeId: userId } },
    select: { findingId: true, kind: true, finding: { select: { id: true, title: true, severity: true, status: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1000,
  });
  const changes: ScanChanges = summariseScanChanges(events);
  const titles = new Map(events.map((event) => [event.findingId, event.finding]));
  const pick = (ids: string[]) => ids.flatMap((id) => (titles.get(id) ? [titles.get(id)!] : []));
  return {
    findings: await resolveLastSeen(database, "findings", findings),
    lastScans: latestScans,
    changes: { opened: pick(changes.opened), resolved: pick(changes.resolved), regressed: pick(changes.regressed) },
  };
}

export type MyWork = Awaited<ReturnType<typeof findMyWork>>;
