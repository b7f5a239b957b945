import "server-only";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { FindingsQueryContext } from "@/lib/findings/find-findings";
import { findingCountFilterOf } from "@/lib/findings/finding-count-filter";
import type { FindingGrouping, FindingsQuery } from "@/lib/findings/findings.schemas";
import { findingsWhereSql } from "@/lib/findings/findings-where-sql";
import type { FindingGroupRow } from "@/lib/findings/summarise-finding-groups";
import { sumFindingCounts } from "@/lib/findings/sum-finding-counts";

const COLUMN = { check: Prisma.sql`f.check_id`, resource: Prisma.sql`f.resource_id`, account: Prisma.sql`f.account_id` } as const;

/**
 * The findings a query matches, counted per group and severity, for summariseFindingGroups: from
 * finding_counts when the grouping and filters allow it (checks and accounts under the usual filters), else
 * from the findings, with only the `limit` groups summariseFindingGroups ranks first (worst severity, then
 * size) sent back: grouping a million findings by resource yields a hundred thousand groups.
 */
export async function countFindingGroups(
  database: Database,
  query: FindingsQuery,
  grouping: FindingGrouping,
  context: FindingsQueryContext,
  limit = 100,
): Promise<FindingGroupRow[]> {
  const filter = grouping === "resource" ? null : findingCountFilterOf(query, context.scope);
  if (filter) {
    if (grouping === "check") {
      return (await sumFindingCounts(database, filter, ["checkId", "severity"])).map(({ checkId, severity, count }) => ({ key: checkId, severity, count }));
    }
    return (await sumFindingCounts(database, filter, ["accountId", "severity"])).map(({ accountId, severity, count }) => ({ key: accountId, severity, count }));
  }
  // One pass: per group its worst severity, size and count per severity, ranked, then unfolded into rows.
  return database.$queryRaw<FindingGroupRow[]>`
    WITH ranked AS (
      SELECT ${COLUMN[grouping]} AS key, min(f.severity) AS worst, count(*) AS total,
             count(*) FILTER (WHERE f.severity = 'critical')::int AS critical, count(*) FILTER (WHERE f.severity = 'high')::int AS high,
             count(*) FILTER (WHERE f.severity = 'medium')::int AS medium, count(*) FILTER (WHERE f.severity = 'low')::int AS low,
             count(*) FILTER (WHERE f.severity = 'informational')::int AS informational
      FROM findings f WHERE ${findingsWhereSql(query, context)}
      GROUP BY 1 ORDER BY worst, total DESC, key LIMIT ${limit}
    )
    SELECT ranked.key::text AS key, bucket.severity, bucket.count
    FROM ranked
    CROSS JOIN LATERAL (VALUES ('critical', critical), ('high', high), ('medium', medium), ('low', low), ('informational', informational))
      AS bucket(severity, count)
    WHERE bucket.count > 0`;
}
