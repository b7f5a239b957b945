import type { Actor } from "@/lib/auth/permissions";
import type { AuditActor } from "./record-audit-event";

/** The audit trail's view of an authorised actor: CLI actors are "system", everyone else a user. */
export function auditActorOf(actor: Actor): AuditActor {
  if (actor.userId.startsWith("cli:")) return { kind: "system", label: actor.userId };
  return { kind: "user", userId: actor.userId, label: actor.label ?? actor.userId };
}
