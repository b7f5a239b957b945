/**
 * After a scan: every new or regressed finding that matches an enabled immediate rule becomes one
 * delivery row. The unique delivery key makes this idempotent: a scan processed twice (a retried job)
 * queues nothing twice. Returns the ids of the deliveries created now, for the caller to send.
 */
import type { Database } from "@/lib/db/client";
import { checkFrameworks } from "./check-frameworks";
import { deliveryKey, matchesRule } from "./match-rule";
import type { FindingEventKind, FindingNotification } from "./notification-event";
import { toNotifiedFinding } from "./to-notified-finding";

export async function queueScanNotifications(database: Database, scanId: string, options: { baseUrl?: string } = {}): Promise<string[]> {
  const rules = await database.notificationRule.findMany({ where: { enabled: true, digest: null, channel: { enabled: true } } });
  if (rules.length === 0) return [];
  const events = await database.findingEvent.findMany({
    where: { scanId, kind: { in: ["opened", "regressed"] } },
    include: { finding: true },
    orderBy: { id: "asc" },
  });
  const created: string[] = [];
  for (const event of events) {
    const kind = event.kind as FindingEventKind;
    const frameworks = checkFrameworks(event.finding.checkId);
    for (const rule of rules) {
      if (!matchesRule(rule, { kind, severity: event.finding.severity, accountId: event.finding.accountId, checkId: event.finding.checkId, frameworks })) continue;
      const key = deliveryKey(rule.id, event.findingId, kind, scanId);
      const id = crypto.randomUUID();
      const payload: FindingNotification = {
        type: kind === "opened" ? "finding.opened" : "finding.regressed",
        id,
        occurredAt: event.createdAt.toISOString(),
        scanId,
        rule: { id: rule.id, name: rule.name },
        finding: toNotifiedFinding(event.finding, options.baseUrl),
      };
      const inserted = await database.$executeRaw`
        INSERT INTO notification_deliveries (id, delivery_key, rule_id, channel_id, finding_id, scan_id, event, payload)
        VALUES (${id}::uuid, ${key}, ${rule.id}::uuid, ${rule.channelId}::uuid, ${event.findingId}::uuid, ${scanId}::uuid, ${kind},
                ${JSON.stringify(payload)}::jsonb)
        ON CONFLICT (delivery_key) DO NOTHING`;
      if (inserted > 0) created.push(id);
    }
  }
  return created;
}
