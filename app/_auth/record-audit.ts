import "server-only";
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/permissions";
import { currentRequest } from "@/lib/auth/request-context";
import { db } from "@/lib/db/client";

export interface AuditEntry {
  /** Dotted verb as lib/audit expects: "finding.status_changed", "account.created". */
  action: string;
  /** What kind of thing was changed, and which ones: findings, an account, a setting. */
  targetType: string;
  targets: string[];
  details?: Record<string, unknown>;
}

/**
 * Records one mutation in the audit trail: each server action calls this exactly once, after its domain
 * function succeeded. A bulk action writes one audit event per target, so each finding's history is whole.
 */
export async function recordAudit(actor: Actor, entry: AuditEntry): Promise<void> {
  const { origin } = await currentRequest();
  const base = { actor: auditActorOf(actor), action: entry.action, origin, ...(entry.details ? { details: entry.details } : {}) };
  const database = db();
  for (const id of entry.targets) await recordAuditEvent(database, { ...base, target: { type: entry.targetType, id } });
}
