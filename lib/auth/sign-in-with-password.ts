/**
 * Local-account sign-in: per-IP rate limit, per-account lockout (doubling while attempts continue), scrypt
 * verification, TOTP second factor (required for administrators), then a new session. Every attempt is
 * audited; the caller gets one generic message for every kind of wrong credential.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Database } from "@/lib/db/client";
import type { AuthSettings } from "./auth-settings";
import type { SignInInput } from "./auth.schemas";
import { createSession, type IssuedSession } from "./create-session";
import { verifyAgainstDummy, verifyPassword } from "./hash-password";
import type { RequestOrigin } from "./request-origin";
import { VigilError } from "@/lib/errors/vigil-error";
import { trySealingKey } from "@/lib/secrets/resolve-sealing-key";
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret } from "./seal-totp-secret";
import { matchTotp } from "./totp";

export type SignInResult =
  | { ok: true; session: IssuedSession; userId: string }
  | { ok: false; reason: "invalid" | "locked" | "rate_limited" | "second_factor_unavailable"; retryAfterSeconds?: number };

const MAX_LOCK_MS = 24 * 60 * 60_000;

export async function signInWithPassword(
  database: Database,
  input: SignInInput,
  origin: RequestOrigin,
  settings: AuthSettings,
  now = new Date(),
): Promise<SignInResult> {
  const audit = (outcome: "success" | "failure" | "denied", reason: string, user?: { id: string; email: string }) =>
    recordAuditEvent(database, {
      actor: user ? { kind: "user", userId: user.id, label: user.email } : { kind: "anonymous", label: input.email },
      action: "auth.sign_in",
      outcome,
      target: user ? { type: "user", id: user.id } : undefined,
      details: { method: "password", reason },
      origin,
      at: now,
    });

  if (origin.ip) {
    const since = new Date(now.getTime() - settings.ipWindowMs);
    const failures = await database.auditEvent.count({
      where: { action: "auth.sign_in", outcome: "failure", ip: origin.ip, occurredAt: { gte: since } },
    });
    if (failures >= settings.ipFailureLimit) {
      await audit("denied", "ip_rate_limited");
      return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.ceil(settings.ipWindowMs / 1000) };
    }
  }

  const user = await database.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, role: true, passwordHash: true, totpSecret: true, totpLastStep: true, disabledAt: true, lockedUntil: true },
  });
  if (!user || !user.passwordHash) {
    await verifyAgainstDummy(input.password);
    await audit("failure", user ? "no_password" : "unknown_user");
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit("denied", "locked", user);
    return { ok: false, reason: "locked", retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000) };
  }

  const passwordOk = await verifyPassword(input.password, user.passwordHash);
  const secret = passwordOk && user.totpSecret ? openStoredSecret(user.totpSecret) : null;
  if (secret === UNAVAILABLE) {
    // The sealing key is missing or is not the one the secret was sealed with: an operator must restore it.
    await audit("failure", "sealing_key_unavailable", user);
    return { ok: false, reason: "second_factor_unavailable" };
  }
  const step = secret ? matchTotp(secret, input.code ?? "", now.getTime(), user.totpLastStep) : null;
  const failure =
    !passwordOk ? "wrong_password"
    : user.disabledAt ? "disabled"
    : user.totpSecret && step === null ? "wrong_code"
    : user.role === "admin" && !user.totpSecret ? "second_factor_missing"
    : null;

  if (failure) {
    const updated = await database.user.update({ where: { id: user.id }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
    const over = updated.failedSignIns - settings.lockoutThreshold;
    if (over >= 0) {
      const lockMs = Math.min(settings.lockoutMs * 2 ** Math.min(over, 16), MAX_LOCK_MS);
      await database.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + lockMs) } });
    }
    await audit("failure", failure, user);
    return { ok: false, reason: "invalid" };
  }

  await database.user.update({
    where: { id: user.id },
    data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: now, ...(step !== null ? { totpLastStep: step } : {}), ...sealedUpgrade(user.totpSecret) },
  });
  const session = await createSession(database, { userId: user.id, origin }, settings, now);
  await audit("success", "ok", user);
  return { ok: true, session, userId: user.id };
}

/** A secret still stored in the clear (from before sealing) is sealed at its owner's next sign-in, when a key exists. */
function sealedUpgrade(stored: string | null): { totpSecret?: string } {
  if (!stored || isSealedTotpSecret(stored)) return {};
  const key = trySealingKey();
  return key ? { totpSecret: sealTotpSecret(stored, key) } : {};
}

const UNAVAILABLE = Symbol("sealing key unavailable");

function openStoredSecret(stored: string): string | typeof UNAVAILABLE {
  try {
    return openTotpSecret(stored);
  } catch (error) {
    if (error instanceof VigilError && error.code === "not_configured") return UNAVAILABLE;
    throw error;
  }
}
