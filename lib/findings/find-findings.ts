import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { likeText } from "@/lib/db/postgres-text";
import type { Prisma } from "@/lib/db/generated/client";
import { encodeFindingsCursor } from "@/lib/findings/find-findings-cursor";
import { loadFindingsRows, SORT_MATCHES_UP_TO } from "@/lib/findings/load-findings-rows";
import { CHECKS } from "@/lib/checks/catalogue";
import { countFindings } from "@/lib/findings/count-findings";
import { resolveLastSeen } from "@/lib/scans/resolve-last-seen";
import {
  effectiveStatuses,
  FIRST_SEEN_WINDOWS,
  type FindingsQuery,
  type SeverityName,
  type FindingStatusName,
} from "@/lib/findings/findings.schemas";

/** Counting stops here: an exact count over a million rows costs more than the page it describes. */
export const COUNT_CAP = 10_000;

export interface FindingListItem {
  id: string;
  checkId: string;
  title: string;
  severity: SeverityName;
  status: FindingStatusName;
  service: string;
  region: string;
  accountId: string;
  resourceId: string;
  resourceArn: string;
  resourceType: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  dueAt: Date | null;
  assignee: { id: string; name: string } | null;
}

/** Who is asking and when: the account scope, "assignee=me" and "first_seen=7d" depend on them. */
export interface FindingsQueryContext {
  /** The accounts the reader may see (lib/auth/account-scope). */
  scope: AccountScope;
  userId?: string;
  now?: Date;
}

export interface FindingsPage {
  items: FindingListItem[];
  /** Cursor of the next page, or null on the last page. */
  nextCursor: string | null;
  /** Matching rows, counted up to COUNT_CAP; `capped` means there are at least that many. */
  total: { count: number; capped: boolean };
}

/** The filters of a findings query as a Prisma where clause (without the page cursor). */
export function findingsWhere(query: FindingsQuery, context: FindingsQueryContext): Prisma.FindingWhereInput {
  const statuses = effectiveStatuses(query);
  // The account filter, narrowed to the reader's scope.
  const where: Prisma.FindingWhereInput = { ...accountWhere(context.scope, query.account) };
  if (query.severity.length > 0) where.severity = { in: query.severity };
  if (statuses) where.status = { in: statuses };
  if (query.service.length > 0) where.service = { in: query.service };
  if (query.region.length > 0) where.region = { in: query.region };
  const checks = checksOf(query);
  if (checks) where.checkId = { in: checks };
  if (query.resource.length > 0) where.resourceId = { in: query.resource };
  if (query.assignee === "none") where.assigneeId = null;
  else if (query.assignee === "me") where.assigneeId = context.userId ?? null;
  else if (query.assignee) where.assigneeId = query.assignee;
  if (query.first_seen) {
    const now = context.now ?? new Date();
    where.firstSeenAt = { gte: new Date(now.getTime() - FIRST_SEEN_WINDOWS[query.first_seen] * 86_400_000) };
  }
  if (query.q) {
    where.OR = [
      { title: { contains: likeText(query.q), mode: "insensitive" } },
      { resourceArn: { contains: likeText(query.q), mode: "insensitive" } },
    ];
  }
  return where;
}

/** The check filter, narrowed by the frameworks' mapped checks; null when neither is set. */
export function checksOf(query: FindingsQuery): string[] | null {
  const inFrameworks =
    query.framework.length > 0
      ? CHECKS.filter((check) => check.compliance.some((mapping) => query.framework.includes(mapping.framework))).map((check) => check.id)
      : null;
  if (query.check.length === 0) return inFrameworks;
  return inFrameworks ? query.check.filter((id) => inFrameworks.includes(id)) : query.check;
}

/** One page of findings matching the query, in its sort order. */
export async function findFindings(query: FindingsQuery, database: Database = db(), context: FindingsQueryContext): Promise<FindingsPage> {
  // The count comes first: how many match decides how the rows are best read (lib/findings/load-findings-rows.ts).
  const { severities, ...total } = await countFindings(database, query, context);
  const rows = await loadFindingsRows(database, query, context, {
    sortMatches: !total.capped && total.count <= SORT_MATCHES_UP_TO,
    ...(severities ? { severities } : {}),
  });
  const items = rows.slice(0, query.size);
  const last = items.at(-1);
  return {
    // The cursor keeps the stored sort key; what the page shows is the real "last seen" (lib/scans/resolve-last-seen.ts).
    items: await resolveLastSeen(database, "findings", items),
    nextCursor: rows.length > query.size && last ? encodeFindingsCursor(last, query.sort) : null,
    total,
  };
}
