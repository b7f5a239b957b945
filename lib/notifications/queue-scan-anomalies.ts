/**
 * After a scan: anomaly signals of the scan's window (a bucket turned public, a role trusting an unknown
 * account, ...) become deliveries for rules that ask for "anomaly" events. Keyed per rule + signal, so a
 * retried job queues nothing twice. The account's first scan has no baseline and yields none.
 */
import { publicBaseUrl } from "@/lib/auth/auth-settings";
import { findAnomalies } from "@/lib/anomalies/find-anomalies";
import { findScanWindow } from "@/lib/changes/find-scan-window";
import type { Database } from "@/lib/db/client";
import { ANOMALY_SEVERITY, matchesAnomalyRule } from "./match-rule";
import type { AnomalyNotification } from "./notification-event";

export async function queueScanAnomalies(database: Database, scanId: string, options: { baseUrl?: string } = {}): Promise<string[]> {
  const rules = await database.notificationRule.findMany({ where: { enabled: true, digest: null, events: { has: "anomaly" }, channel: { enabled: true } } });
  if (rules.length === 0) return [];
  const window = await findScanWindow(database, scanId);
  if (!window.from) return [];
  const signals = await findAnomalies(database, { accountId: window.accountId, window: { since: new Date(window.from.getTime() + 1), until: window.to } });
  const baseUrl = options.baseUrl ?? publicBaseUrl();
  const created: string[] = [];
  for (const signal of signals) {
    for (const rule of rules.filter((candidate) => matchesAnomalyRule(candidate, signal))) {
      const id = crypto.randomUUID();
      const payload: AnomalyNotification = {
        type: "anomaly",
        id,
        occurredAt: signal.at.toISOString(),
        scanId,
        rule: { id: rule.id, name: rule.name },
        anomaly: {
          kind: signal.kind,
          severity: ANOMALY_SEVERITY[signal.kind],
          accountId: signal.accountId,
          resourceArn: signal.resourceArn,
          resourceName: signal.resourceName,
          at: signal.at.toISOString(),
          summary: signal.summary,
          explanation: signal.explanation,
          baseline: signal.baseline.description,
        },
        url: `${baseUrl}/changes?account=${signal.accountId}&scan=${scanId}`,
      };
      const key = `${rule.id}:anomaly:${signal.kind}:${signal.resourceArn}:${signal.at.toISOString()}`;
      const inserted = await database.$executeRaw`
        INSERT INTO notification_deliveries (id, delivery_key, rule_id, channel_id, scan_id, event, payload)
        VALUES (${id}::uuid, ${key}, ${rule.id}::uuid, ${rule.channelId}::uuid, ${scanId}::uuid, 'anomaly', ${JSON.stringify(payload)}::jsonb)
        ON CONFLICT (delivery_key) DO NOTHING`;
      if (inserted > 0) created.push(id);
    }
  }
  return created;
}
