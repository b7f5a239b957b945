/** Audit events for administrators, newest first, filtered and paged by id (keyset). */
import type { Database } from "@/lib/db/client";
import { likeText } from "@/lib/db/postgres-text";
import type { Prisma } from "@/lib/db/generated/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { AuditQuery } from "./audit.schemas";

export interface AuditEventRow {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  outcome: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  changes: unknown;
  details: unknown;
}

export function auditWhere(query: AuditQuery): Prisma.AuditEventWhereInput {
  return {
    ...(query.action ? { action: query.action } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(query.actor ? { actorLabel: { contains: likeText(query.actor), mode: "insensitive" as const } } : {}),
    ...(query.since || query.until ? { occurredAt: { ...(query.since ? { gte: query.since } : {}), ...(query.until ? { lte: query.until } : {}) } } : {}),
  };
}

export function toAuditRow(event: { id: bigint } & Omit<AuditEventRow, "id">): AuditEventRow {
  return { ...event, id: event.id.toString() };
}

export async function findAuditEvents(database: Database, actor: Actor, query: AuditQuery, pageSize = 100): Promise<{ items: AuditEventRow[]; nextBefore: string | null }> {
  authorize(actor, "audit:read");
  const rows = await database.auditEvent.findMany({
    where: { ...auditWhere(query), ...(query.before ? { id: { lt: BigInt(query.before) } } : {}) },
    orderBy: { id: "desc" },
    take: pageSize + 1,
  });
  const items = rows.slice(0, pageSize).map(toAuditRow);
  return { items, nextBefore: rows.length > pageSize ? (items.at(-1)?.id ?? null) : null };
}
