/**
 * The one way to write the audit trail. Every change (finding status, assignment, suppression, accounts,
 * users and roles) and every sign-in attempt goes through here. The table is append-only: the application
 * has no update or delete path and a database trigger refuses both.
 *
 *   await recordAuditEvent(db, { actor, action: "finding.status_changed", target: { type: "finding", id },
 *     changes: { status: { from: "open", to: "resolved" } }, origin });
 */
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { RequestOrigin } from "@/lib/auth/request-origin";

/** Who did it: a signed-in user, an anonymous visitor (failed sign-in), the system (scans) or the CLI. */
export type AuditActor =
  | { kind: "user"; userId: string; label: string }
  | { kind: "anonymous"; label?: string }
  | { kind: "system"; label: string };

export interface AuditEventInput {
  actor: AuditActor;
  /** Dotted verb: auth.sign_in, auth.sign_out, user.created, user.role_changed, finding.status_changed, ... */
  action: string;
  outcome?: "success" | "failure" | "denied";
  target?: { type: string; id: string };
  /** What changed, field by field. */
  changes?: Record<string, { from: unknown; to: unknown }>;
  details?: Record<string, unknown>;
  origin?: RequestOrigin;
  at?: Date;
}

const ACTION = /^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/;

export async function recordAuditEvent(database: Pick<Database, "auditEvent">, event: AuditEventInput): Promise<void> {
  if (!ACTION.test(event.action)) throw new Error(`Audit action "${event.action}" is not a dotted lower-case verb.`);
  await database.auditEvent.create({
    data: {
      occurredAt: event.at,
      actorId: event.actor.kind === "user" ? event.actor.userId : null,
      actorLabel: (event.actor.label ?? "anonymous").slice(0, 320),
      action: event.action,
      outcome: event.outcome ?? "success",
      targetType: event.target?.type ?? null,
      targetId: event.target?.id ?? null,
      ip: event.origin?.ip ?? null,
      userAgent: event.origin?.userAgent ?? null,
      changes: (event.changes ?? undefined) as Prisma.InputJsonValue | undefined,
      details: (event.details ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
