import "server-only";
/**
 * The rows of one findings-list page, with a query plan chosen from how many findings match, which the
 * caller knows exactly (finding_counts) or up to a cap. Few matches: read them all through the filters'
 * indexes and sort them (the OFFSET 0 keeps the planner from walking the sort order instead). Many: walk
 * the sort order's index, which soon finds a page of them. Left to itself the planner walks the sort order
 * for a filter such as one check, whose findings all sit at one severity: 700,000 rows read for 50.
 */
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { FindingListItem, FindingsQueryContext } from "@/lib/findings/find-findings";
import { decodeFindingsCursor } from "@/lib/findings/find-findings-cursor";
import { findingsAfterCursorSql, findingsOrderSql } from "@/lib/findings/findings-cursor-sql";
import type { FindingsQuery, SeverityName } from "@/lib/findings/findings.schemas";
import { findingsWhereSql } from "@/lib/findings/findings-where-sql";

/** Up to this many matches are read whole and sorted. */
export const SORT_MATCHES_UP_TO = 20_000;

interface Row extends Omit<FindingListItem, "assignee"> {
  assigneeId: string | null;
  assigneeName: string | null;
}

export async function loadFindingsRows(
  database: Database,
  query: FindingsQuery,
  context: FindingsQueryContext,
  plan: {
    /** Read every match and sort them. */
    sortMatches: boolean;
    /** The severities the matches have, when known: narrows where a walk in severity order starts. */
    severities?: readonly SeverityName[];
  },
): Promise<FindingListItem[]> {
  const conditions = [findingsWhereSql(query, context)];
  const cursor = query.after ? decodeFindingsCursor(query.after, query.sort) : null;
  if (cursor) conditions.push(findingsAfterCursorSql(cursor, query.sort));
  if (plan.severities && query.sort === "severity") conditions.push(Prisma.sql`f.severity = ANY(${[...plan.severities]}::text[]::"Severity"[])`);
  const matching = Prisma.sql`
    SELECT f.id, f.check_id, f.title, f.severity, f.status, f.service, f.region, f.account_id, f.resource_id, f.resource_arn,
           f.resource_type, f.first_seen_at, f.last_seen_at, f.due_at, f.assignee_id
    FROM findings f WHERE ${Prisma.join(conditions, " AND ")}`;
  const source = plan.sortMatches
    ? Prisma.sql`(${matching} OFFSET 0) f`
    : Prisma.sql`(${matching} ORDER BY ${findingsOrderSql(query.sort)} LIMIT ${query.size + 1}) f`;
  const rows = await database.$queryRaw<Row[]>`
    SELECT f.id, f.check_id AS "checkId", f.title, f.severity::text AS severity, f.status::text AS status, f.service, f.region,
           f.account_id AS "accountId", f.resource_id AS "resourceId", f.resource_arn AS "resourceArn", f.resource_type AS "resourceType",
           f.first_seen_at AS "firstSeenAt", f.last_seen_at AS "lastSeenAt", f.due_at AS "dueAt", u.id AS "assigneeId", u.name AS "assigneeName"
    FROM ${source}
    LEFT JOIN users u ON u.id = f.assignee_id
    ORDER BY ${findingsOrderSql(query.sort)}
    LIMIT ${query.size + 1}`;
  return rows.map(({ assigneeId, assigneeName, ...row }) => ({
    ...row,
    assignee: assigneeId ? { id: assigneeId, name: assigneeName ?? "" } : null,
  }));
}
