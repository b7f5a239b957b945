/**
 * Adds a user (administrators only). From the admin page the user gets a one-time set-up link to choose a
 * password (and enrol TOTP); the CLI may instead pass a password hash and TOTP secret (test and automation
 * accounts). Audited as user.created.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { createUserSchema, type CreateUserInput } from "./auth.schemas";
import { authorize, type Actor } from "./permissions";
import { NO_ORIGIN, type RequestOrigin } from "./request-origin";
import { sealTotpSecret } from "./seal-totp-secret";

export async function createUser(
  database: Database,
  actor: Actor,
  input: CreateUserInput,
  options: { origin?: RequestOrigin; passwordHash?: string; totpSecret?: string } = {},
): Promise<{ id: string; email: string }> {
  authorize(actor, "users:manage");
  const data = createUserSchema.parse(input);
  if (data.role === "admin" && options.passwordHash && !options.totpSecret) {
    throw new VigilError("invalid_input", "An administrator with a password needs a TOTP secret too (administrators must use a second factor).");
  }
  const totpSecret = options.totpSecret ? sealTotpSecret(options.totpSecret) : null;
  return database.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new VigilError("conflict", `A user with the e-mail ${data.email} already exists.`);
    }
    const user = await tx.user.create({
      data: { ...data, passwordHash: options.passwordHash ?? null, totpSecret },
      select: { id: true, email: true },
    });
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor), action: "user.created", target: { type: "user", id: user.id },
      changes: { role: { from: null, to: data.role }, accountScope: { from: null, to: data.accountScope } },
      details: { email: data.email, credentials: options.passwordHash ? "password" : "setup_link" }, origin: options.origin ?? NO_ORIGIN,
    });
    return user;
  });
}
