/** Saves a tracker integration with its credential sealed (Jira API token, webhook secret). Administrators only. */
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { sealSecret } from "@/lib/secrets/seal-secret";
import { integrationInputSchema } from "./tickets.schemas";

export async function createTicketIntegration(database: Database, actor: Actor, input: unknown, options: { key?: Buffer } = {}) {
  authorize(actor, "settings:manage");
  const parsed = integrationInputSchema.parse(input);
  const { config, secret } =
    parsed.kind === "jira"
      ? { config: { baseUrl: parsed.baseUrl, email: parsed.email, projectKey: parsed.projectKey, issueType: parsed.issueType }, secret: parsed.apiToken }
      : { config: { url: parsed.url }, secret: parsed.secret };
  const created = await database.ticketIntegration.create({
    data: { name: parsed.name, kind: parsed.kind, config, secretSealed: sealSecret(secret, options.key), createdBy: actor.userId },
    select: { id: true, name: true, kind: true },
  });
  await recordAuditEvent(database, {
    actor: auditActorOf(actor), action: "ticket.integration_created", target: { type: "ticket_integration", id: created.id },
    details: { name: created.name, kind: created.kind },
  });
  return created;
}
