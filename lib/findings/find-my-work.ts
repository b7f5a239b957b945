import "server-only";
import { db, type Database } from "@/lib/db/client";
import { summariseScanChanges, type ScanChanges } from "@/lib/findings/summarise-scan-changes";

const ACTIVE = ["open", "in_progress"] as const;

/**
 * A person's work: the active findings assigned to them, soonest due first (no due date last), and what
 * each account's latest finished scan changed among all findings assigned to them.
 */
export async function findMyWork(userId: string, options: { database?: Database; limit?: number } = {}) {
  const database = options.database ?? db();
  const [findings, latestScans] = await Promise.all([
    database.finding.findMany({
      where: { assigneeId: userId, status: { in: [...ACTIVE] } },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { severity: "asc" }, { id: "asc" }],
      take: options.limit ?? 200,
      select: {
        id: true, title: true, severity: true, status: true, checkId: true, accountId: true, resourceArn: true,
        dueAt: true, firstSeenAt: true, lastSeenAt: true,
      },
    }),
    database.scan.findMany({
      where: { status: { in: ["succeeded", "partial"] } },
      orderBy: [{ accountId: "asc" }, { queuedAt: "desc" }],
      distinct: ["accountId"],
      select: { id: true, accountId: true, finishedAt: true },
    }),
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
    findings,
    lastScans: latestScans,
    changes: { opened: pick(changes.opened), resolved: pick(changes.resolved), regressed: pick(changes.regressed) },
  };
}

export type MyWork = Awaited<ReturnType<typeof findMyWork>>;
