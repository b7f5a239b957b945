/**
 * Signs in a verified OpenID Connect identity: links it to the user with that subject (or, the first time,
 * to the local user with that e-mail), creates the user when new, keeps the role in step with the
 * provider's claim, and starts a session. Audited as auth.sign_in (method oidc).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Database } from "@/lib/db/client";
import type { AuthSettings } from "../auth-settings";
import { createSession, type IssuedSession } from "../create-session";
import type { RequestOrigin } from "../request-origin";
import type { OidcIdentity } from "./map-oidc-identity";

export async function signInWithOidc(
  database: Database,
  identity: OidcIdentity,
  origin: RequestOrigin,
  settings: AuthSettings,
  now = new Date(),
): Promise<{ ok: true; session: IssuedSession } | { ok: false; reason: string }> {
  if (!identity.ok) {
    await recordAuditEvent(database, { actor: { kind: "anonymous" }, action: "auth.sign_in", outcome: "failure", details: { method: "oidc", reason: identity.reason }, origin, at: now });
    return { ok: false, reason: identity.reason };
  }
  const existing =
    (await database.user.findUnique({ where: { oidcSubject: identity.subject }, select: { id: true, role: true, disabledAt: true, oidcSubject: true } })) ??
    (await database.user.findUnique({ where: { email: identity.email }, select: { id: true, role: true, disabledAt: true, oidcSubject: true } }));
  if (existing?.disabledAt || (existing?.oidcSubject && existing.oidcSubject !== identity.subject)) {
    await recordAuditEvent(database, { actor: { kind: "user", userId: existing.id, label: identity.email }, action: "auth.sign_in", outcome: "failure", details: { method: "oidc", reason: existing.disabledAt ? "disabled" : "subject_mismatch" }, origin, at: now });
    return { ok: false, reason: "denied" };
  }
  const user = existing
    ? await database.user.update({ where: { id: existing.id }, data: { oidcSubject: identity.subject, role: identity.role, lastSignInAt: now, failedSignIns: 0, lockedUntil: null }, select: { id: true } })
    : await database.user.create({ data: { email: identity.email, name: identity.name, role: identity.role, oidcSubject: identity.subject, lastSignInAt: now }, select: { id: true } });
  const actor = { kind: "user" as const, userId: user.id, label: identity.email };
  if (!existing) await recordAuditEvent(database, { actor, action: "user.created", target: { type: "user", id: user.id }, changes: { role: { from: null, to: identity.role } }, details: { via: "oidc" }, origin, at: now });
  else if (existing.role !== identity.role) await recordAuditEvent(database, { actor, action: "user.role_changed", target: { type: "user", id: user.id }, changes: { role: { from: existing.role, to: identity.role } }, details: { via: "oidc_claim" }, origin, at: now });
  const session = await createSession(database, { userId: user.id, origin }, settings, now);
  await recordAuditEvent(database, { actor, action: "auth.sign_in", target: { type: "user", id: user.id }, details: { method: "oidc" }, origin, at: now });
  return { ok: true, session };
}
