import "server-only";
import type { Database } from "@/lib/db/client";
import { COUNT_CAP, type FindingsQueryContext } from "@/lib/findings/find-findings";
import { findingCountFilterOf } from "@/lib/findings/finding-count-filter";
import type { FindingsQuery, SeverityName } from "@/lib/findings/findings.schemas";
import { findingsWhereSql } from "@/lib/findings/findings-where-sql";
import { sumFindingCounts } from "@/lib/findings/sum-finding-counts";

/**
 * How many findings a query matches: exactly, from finding_counts, when it filters only on what those counts
 * keep (account, status, severity, service, check, framework), with the severities they have; otherwise
 * counted up to COUNT_CAP.
 */
export async function countFindings(
  database: Database,
  query: FindingsQuery,
  context: FindingsQueryContext,
): Promise<{ count: number; capped: boolean; severities?: SeverityName[] }> {
  const filter = findingCountFilterOf(query, context.scope);
  if (filter) {
    const bySeverity = await sumFindingCounts(database, filter, ["severity"]);
    return { count: bySeverity.reduce((sum, row) => sum + row.count, 0), capped: false, severities: bySeverity.map((row) => row.severity) };
  }
  // No ORDER BY: any COUNT_CAP + 1 matching rows will do, so the scan stops there.
  const [row] = await database.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (SELECT 1 FROM findings f WHERE ${findingsWhereSql(query, context)} LIMIT ${COUNT_CAP + 1}) AS matching`;
  const count = row?.count ?? 0;
  return { count: Math.min(count, COUNT_CAP), capped: count > COUNT_CAP };
}
