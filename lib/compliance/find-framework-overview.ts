import "server-only";
import { FRAMEWORKS } from "@/lib/compliance/frameworks";
import { getComplianceReport } from "@/lib/compliance/get-compliance-report";
import type { AccountScope } from "@/lib/auth/account-scope";
import type { Database } from "@/lib/db/client";

/** Every shipped framework with its requirement totals and pass rate over the reader's accounts, for the /compliance index. */
export async function findFrameworkOverview(options: { scope: AccountScope; accountIds?: string[]; database?: Database }) {
  const reports = await Promise.all(FRAMEWORKS.map((framework) => getComplianceReport(framework.id, options)));
  return reports.flatMap((report) => (report ? [{ framework: report.framework, totals: report.summary.totals, passRate: report.summary.passRate, scans: report.scans }] : []));
}
