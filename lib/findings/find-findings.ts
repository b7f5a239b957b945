import "server-only";
import { db, type Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import {
  decodeFindingsCursor,
  encodeFindingsCursor,
  findingsAfterCursor,
  findingsOrderBy,
} from "@/lib/findings/find-findings-cursor";
import { CHECKS } from "@/lib/checks/catalogue";
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

/** Who is asking and when: "assignee=me" and "first_seen=7d" depend on them. */
export interface FindingsQueryContext {
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
export function findingsWhere(query: FindingsQuery, context: FindingsQueryContext = {}): Prisma.FindingWhereInput {
  const statuses = effectiveStatuses(query);
  const where: Prisma.FindingWhereInput = {};
  if (query.severity.length > 0) where.severity = { in: query.severity };
  if (statuses) where.status = { in: statuses };
  if (query.service.length > 0) where.service = { in: query.service };
  if (query.account.length > 0) where.accountId = { in: query.account };
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
      { title: { contains: query.q, mode: "insensitive" } },
      { resourceArn: { contains: query.q, mode: "insensitive" } },
    ];
  }
  return where;
}

/** The check filter, narrowed by the frameworks' mapped checks; null when neither is set. */
function checksOf(query: FindingsQuery): string[] | null {
  const inFrameworks =
    query.framework.length > 0
      ? CHECKS.filter((check) => check.compliance.some((mapping) => query.framework.includes(mapping.framework))).map((check) => check.id)
      : null;
  if (query.check.length === 0) return inFrameworks;
  return inFrameworks ? query.check.filter((id) => inFrameworks.includes(id)) : query.check;
}

/** One page of findings matching the query, in its sort order. */
export async function findFindings(query: FindingsQuery, database: Database = db(), context: FindingsQueryContext = {}): Promise<FindingsPage> {
  const where = findingsWhere(query, context);
  const cursor = query.after ? decodeFindingsCursor(query.after, query.sort) : null;
  const pageWhere = cursor ? { AND: [where, findingsAfterCursor(cursor, query.sort)] } : where;
  const [rows, count] = await Promise.all([
    database.finding.findMany({
      where: pageWhere,
      orderBy: findingsOrderBy(query.sort),
      take: query.size + 1,
      select: {
        id: true,
        checkId: true,
        title: true,
        severity: true,
        status: true,
        service: true,
        region: true,
        accountId: true,
        resourceId: true,
        resourceArn: true,
        resourceType: true,
        firstSeenAt: true,
        lastSeenAt: true,
        dueAt: true,
        assignee: { select: { id: true, name: true } },
      },
    }),
    database.finding.count({ where, take: COUNT_CAP + 1 }),
  ]);
  const items = rows.slice(0, query.size);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.size && last ? encodeFindingsCursor(last, query.sort) : null,
    total: { count: Math.min(count, COUNT_CAP), capped: count > COUNT_CAP },
  };
}
