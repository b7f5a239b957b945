import "server-only";
/**
 * The filters of a findings query as a SQL condition over `findings` (alias f): the same rows as
 * findingsWhere's Prisma clause, for the queries Prisma cannot write well. Prisma's count with a cap orders
 * the rows by id first, which turns "count up to 10,000" into a walk over the whole table in id order.
 * test/dashboard/findings-where-sql.test.ts checks that both select the same findings.
 */
import { accountSql } from "@/lib/auth/account-scope";
import { Prisma } from "@/lib/db/generated/client";
import { likeText } from "@/lib/db/postgres-text";
import { checksOf, type FindingsQueryContext } from "@/lib/findings/find-findings";
import { effectiveStatuses, FIRST_SEEN_WINDOWS, type FindingsQuery } from "@/lib/findings/findings.schemas";

export function findingsWhereSql(query: FindingsQuery, context: FindingsQueryContext): Prisma.Sql {
  const conditions: Prisma.Sql[] = [accountSql(context.scope, Prisma.sql`f.account_id`, query.account)];
  const statuses = effectiveStatuses(query);
  if (query.severity.length > 0) conditions.push(Prisma.sql`f.severity = ANY(${query.severity}::text[]::"Severity"[])`);
  if (statuses) conditions.push(Prisma.sql`f.status = ANY(${statuses}::text[]::"FindingStatus"[])`);
  if (query.service.length > 0) conditions.push(Prisma.sql`f.service = ANY(${query.service}::text[])`);
  if (query.region.length > 0) conditions.push(Prisma.sql`f.region = ANY(${query.region}::text[])`);
  const checks = checksOf(query);
  if (checks) conditions.push(Prisma.sql`f.check_id = ANY(${checks}::text[])`);
  if (query.resource.length > 0) conditions.push(Prisma.sql`f.resource_id = ANY(${query.resource}::uuid[])`);
  const assignee = query.assignee === "none" ? null : query.assignee === "me" ? (context.userId ?? null) : query.assignee;
  if (query.assignee) conditions.push(assignee === null ? Prisma.sql`f.assignee_id IS NULL` : Prisma.sql`f.assignee_id = ${assignee}::uuid`);
  if (query.first_seen) {
    const now = context.now ?? new Date();
    conditions.push(Prisma.sql`f.first_seen_at >= ${new Date(now.getTime() - FIRST_SEEN_WINDOWS[query.first_seen] * 86_400_000)}`);
  }
  if (query.q) {
    // As findingsWhere: the text matched literally (likeText escapes LIKE's wildcards; backslash is the default escape).
    const text = likeText(query.q);
    conditions.push(Prisma.sql`(f.title ILIKE ('%' || ${text} || '%') OR f.resource_arn ILIKE ('%' || ${text} || '%'))`);
  }
  return Prisma.join(conditions, " AND ");
}
