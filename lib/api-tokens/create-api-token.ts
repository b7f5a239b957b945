/**
 * Creates an API token and returns it once; only its hash is kept. A token can never exceed its
 * creator: every action must be one the creator may do, and its accounts must be within the creator's scope.
 */
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { generateApiToken } from "./api-token-secret";
import { createApiTokenSchema } from "./api-tokens.schemas";

export async function createApiToken(database: Database, actor: Actor, input: unknown, now = new Date()) {
  authorize(actor, "settings:manage");
  const parsed = createApiTokenSchema.parse(input);
  const denied = parsed.actions.filter((action) => !can(actor, action));
  if (denied.length > 0) throw new VigilError("forbidden", `You cannot grant ${denied.join(", ")}.`);
  if (actor.accountScope) {
    if (parsed.accountScope.length === 0) throw new VigilError("forbidden", "Your tokens must be limited to your accounts.");
    const outside = parsed.accountScope.filter((account) => !actor.accountScope!.includes(account));
    if (outside.length > 0) throw new VigilError("forbidden", `You cannot grant access to ${outside.join(", ")}.`);
  }
  const secret = generateApiToken();
  const created = await database.apiToken.create({
    data: {
      name: parsed.name,
      tokenHash: secret.hash,
      prefix: secret.prefix,
      actions: parsed.actions,
      accountScope: parsed.accountScope,
      createdBy: actor.userId,
      expiresAt: parsed.expiresInDays ? new Date(now.getTime() + parsed.expiresInDays * 86_400_000) : null,
    },
    select: { id: true, name: true, prefix: true, actions: true, accountScope: true, expiresAt: true },
  });
  await recordAuditEvent(database, {
    actor: auditActorOf(actor), action: "api_token.created", target: { type: "api_token", id: created.id },
    details: { name: created.name, actions: created.actions, accountScope: created.accountScope },
  });
  return { ...created, token: secret.token };
}
