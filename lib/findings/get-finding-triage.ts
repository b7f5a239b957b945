import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import type { FindingStatusName } from "@/lib/findings/findings.schemas";

export interface TriageEvent {
  id: string;
  kind: string;
  actor: string;
  /** The actor's name when it is a user; null for "system" or a user since deleted. */
  actorName: string | null;
  fromStatus: FindingStatusName | null;
  toStatus: FindingStatusName | null;
  comment: string | null;
  data: unknown;
  createdAt: string;
}

export interface FindingTriage {
  id: string;
  accountId: string;
  status: FindingStatusName;
  assignee: { id: string; name: string } | null;
  dueAt: string | null;
  suppressedUntil: string | null;
  suppressionReason: string | null;
  resolution: string | null;
  events: TriageEvent[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the triage panel and timeline show and change, JSON-safe (the page and /api/findings/[id] share it).
 * Null when absent or outside the reader's accounts.
 */
export async function getFindingTriage(id: string, scope: AccountScope, database: Database = db()): Promise<FindingTriage | null> {
  const finding = await database.finding.findUnique({
    where: { id, ...accountWhere(scope) },
    select: {
      id: true, accountId: true, status: true, dueAt: true, suppressedUntil: true, suppressionReason: true, resolution: true,
      assignee: { select: { id: true, name: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 500 },
    },
  });
  if (!finding) return null;
  const actorIds = [...new Set(finding.events.map((event) => event.actor).filter((actor) => UUID.test(actor)))];
  const people = actorIds.length > 0 ? await database.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(people.map((person) => [person.id, person.name]));
  return {
    id: finding.id,
    accountId: finding.accountId,
    status: finding.status,
    assignee: finding.assignee,
    dueAt: finding.dueAt?.toISOString() ?? null,
    suppressedUntil: finding.suppressedUntil?.toISOString() ?? null,
    suppressionReason: finding.suppressionReason,
    resolution: finding.resolution,
    events: finding.events.map((event) => ({
      id: event.id.toString(),
      kind: event.kind,
      actor: event.actor,
      actorName: names.get(event.actor) ?? null,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      comment: event.comment,
      data: event.data,
      createdAt: event.createdAt.toISOString(),
    })),
  };
}
