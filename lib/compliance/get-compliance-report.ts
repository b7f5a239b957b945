import "server-only";
import { assessCompliance } from "@/lib/compliance/assess-compliance";
import { findFramework } from "@/lib/compliance/frameworks";
import { countsFromCheckResults, summariseCompliance } from "@/lib/compliance/summarise-compliance";
import { db, type Database } from "@/lib/db/client";

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
 * A framework's compliance across the chosen accounts (all when none): each account's latest finished
 * scan's check results, assessed per requirement by lib/compliance, plus the open findings behind every
 * failing control. Null when the framework is unknown.
 */
export async function getComplianceReport(frameworkId: string, options: { accountIds?: string[]; database?: Database } = {}) {
  const framework = findFramework(frameworkId);
  if (!framework) return null;
  const database = options.database ?? db();
  const accountFilter = options.accountIds && options.accountIds.length > 0 ? { accountId: { in: options.accountIds } } : {};
  const scans = await database.scan.findMany({
    where: { ...accountFilter, status: { in: ["succeeded", "partial"] }, checkResults: { some: {} } },
    orderBy: [{ accountId: "asc" }, { queuedAt: "desc" }],
    distinct: ["accountId"],
    select: { id: true, accountId: true, finishedAt: true, complete: true, account: { select: { name: true } } },
  });
  const results = scans.length === 0 ? [] : await database.checkResult.findMany({
    where: { scanId: { in: scans.map((scan) => scan.id) } },
    select: { checkId: true, evaluated: true, passed: true, failed: true },
  });
  const assessment = assessCompliance(framework, countsFromCheckResults(results));
  const summary = summariseCompliance(assessment);

  const failingChecks = [...new Set(assessment.requirements.filter((r) => r.status === "fail").flatMap((r) => r.checkIds))];
  const findings = failingChecks.length === 0 ? [] : await database.finding.findMany({
    where: { checkId: { in: failingChecks }, status: { in: ["open", "in_progress"] }, accountId: { in: scans.map((scan) => scan.accountId) } },
    orderBy: [{ severity: "asc" }, { resourceArn: "asc" }],
    take: 5_000,
    select: { id: true, resourceId: true, resourceArn: true, accountId: true, checkId: true, severity: true },
  });
  const failingResources = new Map<string, FailingResource[]>();
  const moreResources = new Map<string, number>();
  for (const requirement of assessment.requirements) {
    if (requirement.status !== "fail") continue;
    const rows = findings.filter((finding) => requirement.checkIds.includes(finding.checkId));
    failingResources.set(requirement.id, rows.slice(0, RESOURCES_PER_CONTROL).map((row) => ({
      findingId: row.id, resourceId: row.resourceId, resourceArn: row.resourceArn, accountId: row.accountId, checkId: row.checkId, severity: row.severity,
    })));
    if (rows.length > RESOURCES_PER_CONTROL) moreResources.set(requirement.id, rows.length - RESOURCES_PER_CONTROL);
  }
  return {
    framework: { id: framework.id, name: framework.name, version: framework.version },
    scans: scans.map((scan) => ({ id: scan.id, accountId: scan.accountId, accountName: scan.account.name, finishedAt: scan.finishedAt, complete: scan.complete })),
    summary,
    failingResources,
    moreResources,
  };
}

export type ComplianceReport = NonNullable<Awaited<ReturnType<typeof getComplianceReport>>>;
