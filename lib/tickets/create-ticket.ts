/**
 * Opens one tracker issue for one finding or a group of findings and links them both ways: the issue
 * carries each finding's Vigil URL, and finding_tickets stores the issue key and URL on each finding
 * (with a "ticket_linked" event on its timeline). Needs findings:triage on every finding.
 */
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { accountWhere, scopeOf } from "@/lib/auth/account-scope";
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { openSecret } from "@/lib/secrets/seal-secret";
import { toNotifiedFinding } from "@/lib/notifications/to-notified-finding";
import { buildJiraIssue } from "./build-jira-issue";
import { createJiraIssue } from "./jira-client";
import { sendTrackerWebhook } from "./send-tracker-webhook";
import { createTicketSchema, jiraConfigSchema } from "./tickets.schemas";

export async function createTicket(
  database: Database,
  actor: Actor,
  input: unknown,
  options: { key?: Buffer; baseUrl?: string } = {},
): Promise<{ key: string; url: string; findingIds: string[] }> {
  const { integrationId, findingIds } = createTicketSchema.parse(input);
  const integration = await database.ticketIntegration.findUnique({ where: { id: integrationId } });
  if (!integration || !integration.enabled) throw new VigilError("not_found", "That tracker integration does not exist or is disabled.");
  // Findings of accounts outside the actor's scope do not exist for them: "not found", never "forbidden".
  const findings = await database.finding.findMany({ where: { id: { in: findingIds }, ...accountWhere(scopeOf(actor)) }, include: { resource: { select: { name: true } } }, orderBy: [{ severity: "asc" }, { id: "asc" }] });
  if (findings.length !== new Set(findingIds).size) throw new VigilError("not_found", "Some of those findings do not exist.");
  for (const finding of findings) authorize(actor, "findings:triage", { accountId: finding.accountId, assigneeId: finding.assigneeId });

  const described = findings.map((finding) => ({ ...toNotifiedFinding(finding, options.baseUrl), resourceName: finding.resource.name }));
  const secret = integration.secretSealed ? openSecret(integration.secretSealed, options.key) : "";
  const issue =
    integration.kind === "jira"
      ? await createJiraIssue(jiraConfigSchema.parse(integration.config), secret, buildJiraIssue(jiraConfigSchema.parse(integration.config), described))
      : await sendTrackerWebhook((integration.config as { url: string }).url, secret, described);

  await database.$transaction([
    database.findingTicket.createMany({
      data: findings.map((finding) => ({ findingId: finding.id, integrationId, issueKey: issue.key, issueUrl: issue.url, createdBy: actor.userId })),
      skipDuplicates: true,
    }),
    database.findingEvent.createMany({
      data: findings.map((finding) => ({
        findingId: finding.id, kind: "ticket_linked", actor: actor.userId, comment: `${integration.name}: ${issue.key}`,
        data: { issueKey: issue.key, issueUrl: issue.url, integrationId },
      })),
    }),
  ]);
  await recordAuditEvent(database, {
    actor: auditActorOf(actor), action: "ticket.created", target: { type: "ticket", id: issue.key },
    details: { integrationId, issueUrl: issue.url, findingIds: findings.map((finding) => finding.id) },
  });
  return { ...issue, findingIds: findings.map((finding) => finding.id) };
}
