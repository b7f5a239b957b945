/**
 * Digests for managers: for each enabled daily or weekly rule whose period is due, one delivery that
 * counts the period's new, regressed and resolved findings matching the rule and lists the worst open ones.
 */
import { publicBaseUrl } from "@/lib/auth/auth-settings";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Severity } from "@/lib/db/generated/enums";
import { checkFrameworks } from "./check-frameworks";
import { digestPeriod } from "./digest-period";
import { SEVERITY_RANK } from "./match-rule";
import type { DigestNotification } from "./notification-event";
import { toNotifiedFinding } from "./to-notified-finding";

const SEVERITIES = Object.keys(SEVERITY_RANK) as Severity[];

export async function queueDigests(database: Database, now: Date, options: { baseUrl?: string } = {}): Promise<string[]> {
  const baseUrl = options.baseUrl ?? publicBaseUrl();
  const rules = await database.notificationRule.findMany({ where: { enabled: true, digest: { not: null }, channel: { enabled: true } } });
  const created: string[] = [];
  for (const rule of rules) {
    const period = digestPeriod(rule.digest === "weekly" ? "weekly" : "daily", now);
    if (!period) continue;
    const checkIds = rule.frameworks.length > 0 ? await checksInFrameworks(database, rule.frameworks, rule.checkIds) : rule.checkIds;
    const where: Prisma.FindingWhereInput = {
      severity: { in: SEVERITIES.filter((severity) => SEVERITY_RANK[severity] >= SEVERITY_RANK[rule.minSeverity]) },
      accountId: rule.accountIds.length > 0 ? { in: rule.accountIds } : undefined,
      checkId: checkIds.length > 0 || rule.frameworks.length > 0 ? { in: checkIds } : undefined,
    };
    const during = { gte: period.from, lt: period.to };
    const [opened, regressed, resolved, open, top] = await Promise.all([
      database.findingEvent.count({ where: { kind: "opened", createdAt: during, finding: where } }),
      database.findingEvent.count({ where: { kind: "regressed", createdAt: during, finding: where } }),
      database.findingEvent.count({ where: { kind: { in: ["resolved", "resource_deleted"] }, createdAt: during, finding: where } }),
      database.finding.count({ where: { ...where, status: { in: ["open", "in_progress"] } } }),
      database.finding.findMany({ where: { ...where, status: { in: ["open", "in_progress"] } }, orderBy: [{ severity: "asc" }, { firstSeenAt: "desc" }], take: 20 }),
    ]);
    const id = crypto.randomUUID();
    const payload: DigestNotification = {
      type: "digest",
      id,
      occurredAt: now.toISOString(),
      rule: { id: rule.id, name: rule.name },
      period: { label: period.label, from: period.from.toISOString(), to: period.to.toISOString() },
      counts: { opened, regressed, resolved, open },
      top: top.map((finding) => toNotifiedFinding(finding, baseUrl)),
      url: `${baseUrl}/changes?since=${period.from.toISOString().slice(0, 10)}`,
    };
    const inserted = await database.$executeRaw`
      INSERT INTO notification_deliveries (id, delivery_key, rule_id, channel_id, event, payload)
      VALUES (${id}::uuid, ${`${rule.id}:digest:${period.from.toISOString().slice(0, 10)}`}, ${rule.id}::uuid, ${rule.channelId}::uuid,
              'digest', ${JSON.stringify(payload)}::jsonb)
      ON CONFLICT (delivery_key) DO NOTHING`;
    if (inserted > 0) created.push(id);
  }
  return created;
}

/** Check ids mapped to any of the frameworks, narrowed to the rule's own check list when it has one. */
async function checksInFrameworks(database: Database, frameworks: string[], checkIds: string[]): Promise<string[]> {
  const rows = await database.finding.findMany({ distinct: ["checkId"], select: { checkId: true } });
  return rows
    .map((row) => row.checkId)
    .filter((checkId) => checkFrameworks(checkId).some((framework) => frameworks.includes(framework)))
    .filter((checkId) => checkIds.length === 0 || checkIds.includes(checkId));
}
