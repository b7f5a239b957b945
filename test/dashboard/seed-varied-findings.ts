/**
 * A few hundred findings with every attribute varied (two accounts, four services, three regions, five
 * statuses, every severity, assignees, many timestamps shared), deterministically, for tests that compare a
 * fast read with the plain query it replaces.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import type { FindingStatusName, SeverityName } from "@/lib/findings/findings.schemas";

export const ACCOUNTS = ["111111111111", "222222222222"] as const;
export const NOW = new Date("2026-11-23T12:00:00Z");
const HOUR = 3_600_000;

const SERVICES = ["iam", "s3", "lambda", "kms"] as const;
const REGIONS = ["global", "us-east-1", "eu-west-1"] as const;
const STATUSES: FindingStatusName[] = ["open", "open", "open", "in_progress", "resolved", "resolved", "suppressed", "risk_accepted"];
/** Checks with a fixed severity each, as in the catalogue; the last one is overridden per account below. */
const CHECKS: { id: string; severity: SeverityName }[] = [
  { id: "check-critical", severity: "critical" },
  { id: "check-high-a", severity: "high" },
  { id: "check-high-b", severity: "high" },
  { id: "check-medium", severity: "medium" },
  { id: "check-low", severity: "low" },
  { id: "check-info", severity: "informational" },
  { id: "iam_root_mfa_enabled", severity: "critical" },
];

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface VariedFindings {
  userIds: string[];
  resourceIds: string[];
}

export async function seedVariedFindings(database: Database, options: { resourcesPerAccount?: number; seed?: number } = {}): Promise<VariedFindings> {
  const next = random(options.seed ?? 7);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const userIds = [randomUUID(), randomUUID()];
  await database.user.createMany({ data: userIds.map((id, index) => ({ id, email: `user${index}@example.com`, name: `User ${index}`, role: "analyst" as const })) });
  const resourceIds: string[] = [];
  for (const accountId of ACCOUNTS) {
    await database.account.create({ data: { id: accountId, name: `Account ${accountId.slice(0, 1)}` } });
    for (let r = 0; r < (options.resourcesPerAccount ?? 30); r++) {
      const service = pick(SERVICES);
      const resource = await database.resource.create({
        data: {
          accountId, region: pick(REGIONS), service, type: `AWS::${service}::Thing`, arn: `arn:aws:${service}::${accountId}:thing/r-${r}_x`,
          name: `r-${r}`, configuration: {}, hash: "0".repeat(64), firstSeenAt: NOW, lastSeenAt: NOW, deletedAt: r % 11 === 10 ? NOW : null,
        },
      });
      resourceIds.push(resource.id);
      const checks = CHECKS.filter(() => next() < 0.6);
      await database.finding.createMany({
        data: checks.map((check) => {
          const status = pick(STATUSES);
          // Few distinct times, so many rows tie on the sort keys; some status changes come after the last sighting.
          const lastSeenAt = new Date(NOW.getTime() - Math.floor(next() * 4) * HOUR);
          const statusChangedAt = new Date(lastSeenAt.getTime() + (next() < 0.3 ? HOUR : -HOUR));
          return {
            checkId: check.id, accountId, resourceId: resource.id, resourceArn: resource.arn, resourceType: resource.type,
            region: resource.region, service,
            severity: check.id === "check-medium" && accountId === ACCOUNTS[1] ? ("high" as const) : check.severity,
            status, title: `${check.id} on ${resource.name}`, evidence: {},
            firstSeenAt: new Date(NOW.getTime() - Math.floor(next() * 40) * 24 * HOUR), lastSeenAt, statusChangedAt,
            assigneeId: next() < 0.3 ? pick(userIds) : null,
          };
        }),
      });
    }
  }
  return { userIds, resourceIds };
}
