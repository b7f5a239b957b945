import "server-only";
import { assessCompliance } from "@/lib/compliance/assess-compliance";
import { findFramework } from "@/lib/compliance/frameworks";
import { countsFromCheckResults, summariseCompliance } from "@/lib/compliance/summarise-compliance";
import { accountSql, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { sumFindingCounts } from "@/lib/findings/sum-finding-counts";

/** Failing resources listed per control; the CSV and the page say when a control has more. */
const RESOURCES_PER_CONTROL = 50;

export interface FailingResource {
  findingId: string;
  resourceId: string;
  resourceArn: string;
  accountId: string;
  checkId: string;
  severity: string;
}

/**
 * A framework's compliance across the chosen accounts (all in the reader's scope when none): each account's latest finished
 * scan's check results, assessed per requirement by lib/compliance, plus the open findings behind every
 * failing control. Every figure is computed over the scoped accounts only. Null when the framework is unknown.
 */
export async function getComplianceReport(frameworkId: string, options: { scope: AccountScope; accountIds?: string[]; database?: Database }) {
  const framework = findFramework(frameworkId);
  if (!framework) return null;
  const database = options.database ?? db();
  // Each account's newest finished scan with check results: one index probe per account (scans_account_id_queued_at_idx).
  const scans = await database.$queryRaw<{ id: string; accountId: string; accountName: string; finishedAt: Date | null; complete: boolean }[]>`
    SELECT s.id, a.id AS "accountId", a.name AS "accountName", s.finished_at AS "finishedAt", s.complete
    FROM accounts a
    CROSS JOIN LATERAL (
      SELECT s.id, s.finished_at, s.complete FROM scans s
      WHERE s.account_id = a.id AND s.status IN ('succeeded', 'partial') AND EXISTS (SELECT 1 FROM check_results r WHERE r.scan_id = s.id)
      ORDER BY s.queued_at DESC LIMIT 1
    ) s
    WHERE ${accountSql(options.scope, Prisma.sql`a.id`, options.accountIds)}
    ORDER BY a.id`;
  // Summed per check in SQL (a row per check, not per check and account); "evaluated" keeps each account's
  // not-applicable part as countsFromCheckResults would count it row by row.
  const results = scans.length === 0 ? [] : await database.$queryRaw<{ checkId: string; evaluated: number; passed: number; failed: number }[]>`
    SELECT check_id AS "checkId", sum(passed + failed + GREATEST(0, evaluated - passed - failed))::int AS evaluated,
           sum(passed)::int AS passed, sum(failed)::int AS failed
    FROM check_results WHERE scan_id = ANY(${scans.map((scan) => scan.id)}::uuid[])
    GROUP BY check_id`;
  const assessment = assessCompliance(framework, countsFromCheckResults(results));
  const summary = summariseCompliance(assessment);

  const failingChecks = [...new Set(assessment.requirements.filter((r) => r.status === "fail").flatMap((r) => r.checkIds))];
  const accounts = scans.map((scan) => scan.accountId);
  const [findings, activeCounts] = failingChecks.length === 0 || accounts.length === 0 ? [[], []] : await Promise.all([
    // The first RESOURCES_PER_CONTROL active findings of each failing check and status, by severity then ARN (an
    // index range each, findings_check_id_status_severity_resource_arn_idx): a control's first ones are among them.
    database.$queryRaw<{ id: string; resourceId: string; resourceArn: string; accountId: string; checkId: string; severity: string }[]>`
      SELECT x.id, x.resource_id AS "resourceId", x.resource_arn AS "resourceArn", x.account_id AS "accountId", x.check_id AS "checkId",
             x.severity::text AS severity
      FROM unnest(${failingChecks}::text[]) AS c(check_id)
      CROSS JOIN unnest(ARRAY['open', 'in_progress']::"FindingStatus"[]) AS st(status)
      CROSS JOIN LATERAL (
        SELECT f.id, f.resource_id, f.resource_arn, f.account_id, f.check_id, f.severity FROM findings f
        WHERE f.check_id = c.check_id AND f.status = st.status AND f.account_id = ANY(${accounts}::text[])
        ORDER BY f.severity, f.resource_arn LIMIT ${RESOURCES_PER_CONTROL}
      ) x
      ORDER BY x.severity, x.resource_arn`,
    // How many there are in all, from finding_counts.
    sumFindingCounts(database, { accountIds: accounts, statuses: ["open", "in_progress"], checkIds: failingChecks }, ["checkId"]),
  ]);
  const activeByCheck = new Map(activeCounts.map((row) => [row.checkId, row.count]));
  const failingResources = new Map<string, FailingResource[]>();
  const moreResources = new Map<string, number>();
  for (const requirement of assessment.requirements) {
    if (requirement.status !== "fail") continue;
    const rows = findings.filter((finding) => requirement.checkIds.includes(finding.checkId));
    failingResources.set(requirement.id, rows.slice(0, RESOURCES_PER_CONTROL).map((row) => ({
      findingId: row.id, resourceId: row.resourceId, resourceArn: row.resourceArn, accountId: row.accountId, checkId: row.checkId, severity: row.severity,
    })));
    const total = [...new Set(requirement.checkIds)].reduce((sum, checkId) => sum + (activeByCheck.get(checkId) ?? 0), 0);
    if (total > RESOURCES_PER_CONTROL) moreResources.set(requirement.id, total - RESOURCES_PER_CONTROL);
  }
  return {
    framework: { id: framework.id, name: framework.name, version: framework.version },
    scans: scans.map((scan) => ({ id: scan.id, accountId: scan.accountId, accountName: scan.accountName, finishedAt: scan.finishedAt, complete: scan.complete })),
    summary,
    failingResources,
    moreResources,
  };
}

export type ComplianceReport = NonNullable<Awaited<ReturnType<typeof getComplianceReport>>>;
