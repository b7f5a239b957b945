/**
 * A new one-time set-up link for an existing user (administrators only): how invited users set their
 * password, and how an administrator resets someone's password or second factor. Audited.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import type { AuthSettings } from "./auth-settings";
import { createSetupToken, setupUrl } from "./create-setup-token";
import { authorize, type Actor } from "./permissions";
import { NO_ORIGIN, type RequestOrigin } from "./request-origin";

export async function issueSetupLink(
  database: Database,
  actor: Actor,
  input: { userId: string; baseUrl: string },
  settings: AuthSettings,
  origin: RequestOrigin = NO_ORIGIN,
  now = new Date(),
): Promise<{ url: string; expiresAt: Date }> {
  authorize(actor, "users:manage");
  const user = await database.user.findUnique({ where: { id: input.userId }, select: { id: true, disabledAt: true } });
  if (!user) throw new VigilError("not_found", "No user has this id.");
  if (user.disabledAt) throw new VigilError("conflict", "This user is disabled: enable them first.");
  const { token, expiresAt } = await createSetupToken(database, { purpose: "invite", userId: user.id }, settings, now);
  await recordAuditEvent(database, { actor: auditActorOf(actor), action: "user.setup_link_issued", target: { type: "user", id: user.id }, details: { expiresAt: expiresAt.toISOString() }, origin, at: now });
  return { url: setupUrl(input.baseUrl, token), expiresAt };
}
