/**
 * Keeps linked Jira issues and findings in step: reads the status of every open link, records it, and
 * when an issue reaches Jira's "done" category marks the link closed and resolves its finding as
 * "manual" (with a status_changed event naming the issue), unless the finding has other open tickets.
 * A later scan that still sees the problem reopens the finding as a regression, as for any manual fix.
 */
import type { Database } from "@/lib/db/client";
import { openSecret } from "@/lib/secrets/seal-secret";
import { readJiraIssueStatuses } from "./jira-client";
import { jiraConfigSchema } from "./tickets.schemas";

const BATCH = 50;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;

export async function syncTicketStatuses(database: Database, options: { key?: Buffer; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const counts = { checked: 0, closed: 0, resolvedFindings: 0, failedIntegrations: 0 };
  const integrations = await database.ticketIntegration.findMany({ where: { kind: "jira", enabled: true } });
  for (const integration of integrations) {
    const links = await database.findingTicket.findMany({ where: { integrationId: integration.id, closedAt: null } });
    const keys = [...new Set(links.map((link) => link.issueKey).filter((key) => ISSUE_KEY.test(key)))];
    try {
      const config = jiraConfigSchema.parse(integration.config);
      const secret = openSecret(integration.secretSealed ?? "", options.key);
      for (let index = 0; index < keys.length; index += BATCH) {
        const statuses = await readJiraIssueStatuses(config, secret, keys.slice(index, index + BATCH));
        counts.checked += statuses.length;
        for (const status of statuses) {
          const done = status.category === "done";
          await database.findingTicket.updateMany({
            where: { integrationId: integration.id, issueKey: status.key, closedAt: null },
            data: { issueStatus: status.status, lastSyncedAt: now, closedAt: done ? now : null },
          });
          if (!done) continue;
          counts.closed++;
          counts.resolvedFindings += await resolveLinkedFindings(database, integration.id, status.key, status.status, now);
        }
      }
    } catch (error) {
      // One unreachable Jira must not stop the others; the next run tries again.
      counts.failedIntegrations++;
      console.error(`[tickets] sync of ${integration.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return counts;
}

async function resolveLinkedFindings(database: Database, integrationId: string, issueKey: string, status: string, now: Date): Promise<number> {
  const comment = `Resolved because ${issueKey} was closed in Jira (${status}).`;
  return database.$executeRaw`
    WITH closing AS (
      SELECT f.id, f.status FROM findings f JOIN finding_tickets t ON t.finding_id = f.id
      WHERE t.integration_id = ${integrationId}::uuid AND t.issue_key = ${issueKey}
        AND f.status IN ('open', 'in_progress')
        AND NOT EXISTS (SELECT 1 FROM finding_tickets other WHERE other.finding_id = f.id AND other.closed_at IS NULL)
    ), updated AS (
      UPDATE findings f SET status = 'resolved', resolution = 'manual', resolved_at = ${now}, status_changed_at = ${now}
      FROM closing WHERE f.id = closing.id
      RETURNING f.id, closing.status AS from_status
    )
    INSERT INTO finding_events (finding_id, kind, actor, from_status, to_status, comment, data, created_at)
    SELECT id, 'status_changed', 'system', from_status, 'resolved', ${comment},
           ${JSON.stringify({ issueKey, source: "jira" })}::jsonb, ${now}
    FROM updated`;
}
