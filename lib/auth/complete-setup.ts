/**
 * Redeems a one-time set-up link: the first administrator chooses e-mail, name, password and enrols TOTP;
 * an invited user sets a password (and TOTP, required for administrators). The link is spent atomically,
 * so it works exactly once. Signs the user in.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import type { AuthSettings } from "./auth-settings";
import type { CompleteSetupInput } from "./auth.schemas";
import { createSession, type IssuedSession } from "./create-session";
import { hashPassword } from "./hash-password";
import type { RequestOrigin } from "./request-origin";
import { hashToken } from "./session-token";
import { sealTotpSecret } from "./seal-totp-secret";
import { matchTotp } from "./totp";

export async function completeSetup(
  database: Database,
  input: CompleteSetupInput,
  origin: RequestOrigin,
  settings: AuthSettings,
  now = new Date(),
): Promise<{ userId: string; session: IssuedSession }> {
  const step = input.totpSecret ? matchTotp(input.totpSecret, input.totpCode ?? "", now.getTime()) : null;
  if (input.totpSecret && step === null) throw new VigilError("invalid_input", "The code does not match: check the authenticator app's clock and try the next code.");
  const passwordHash = await hashPassword(input.password);
  // Sealed before the link is spent: without a key the enrolment stops here, and the link still works.
  const totp = input.totpSecret && step !== null ? { totpSecret: sealTotpSecret(input.totpSecret), totpLastStep: step } : {};

  const userId = await database.$transaction(async (tx) => {
    const token = await tx.setupToken.findUnique({ where: { tokenHash: hashToken(input.token) }, select: { id: true, purpose: true, userId: true } });
    const spent = token && (await tx.setupToken.updateMany({ where: { id: token.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } }));
    if (!token || !spent || spent.count === 0) throw new VigilError("invalid_input", "This set-up link is not valid any more: ask an administrator for a new one.");

    if (token.purpose === "first_admin") {
      // Serialise concurrent first-admin set-ups; the loser finds a user and stops.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(7304811)`;
      if ((await tx.user.count()) > 0) throw new VigilError("conflict", "Vigil already has an administrator: sign in instead.");
      if (!input.email || !input.name) throw new VigilError("invalid_input", "Enter your e-mail address and name.");
      if (!input.totpSecret) throw new VigilError("invalid_input", "Administrators must set up an authenticator app.");
      const user = await tx.user.create({ data: { email: input.email, name: input.name, role: "admin", passwordHash, ...totp }, select: { id: true, email: true } });
      await recordAuditEvent(tx, {
        actor: { kind: "user", userId: user.id, label: user.email }, action: "user.created", target: { type: "user", id: user.id },
        changes: { role: { from: null, to: "admin" } }, details: { via: "first_admin_setup" }, origin, at: now,
      });
      return user.id;
    }

    const user = token.userId ? await tx.user.findUnique({ where: { id: token.userId }, select: { id: true, email: true, role: true, disabledAt: true } }) : null;
    if (!user || user.disabledAt) throw new VigilError("invalid_input", "This set-up link is not valid any more: ask an administrator for a new one.");
    if (user.role === "admin" && !input.totpSecret) throw new VigilError("invalid_input", "Administrators must set up an authenticator app.");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, ...totp, failedSignIns: 0, lockedUntil: null } });
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      actor: { kind: "user", userId: user.id, label: user.email }, action: "user.credentials_set", target: { type: "user", id: user.id },
      details: { secondFactor: Boolean(input.totpSecret) }, origin, at: now,
    });
    return user.id;
  });

  await database.user.update({ where: { id: userId }, data: { lastSignInAt: now } });
  return { userId, session: await createSession(database, { userId, origin }, settings, now) };
}
