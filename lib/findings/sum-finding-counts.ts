import "server-only";
/**
 * Finding counts from the small finding_counts table instead of the findings themselves: triggers on findings
 * append a signed row per changed group (prisma/migrations/20261124110000_dashboard_read_paths), so summing
 * it gives the exact count of findings per account, check, service, severity and status in milliseconds,
 * where a GROUP BY over a million findings takes a second.
 */
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { FindingStatusName, SeverityName } from "@/lib/findings/findings.schemas";

const COLUMNS = {
  accountId: Prisma.sql`account_id`,
  checkId: Prisma.sql`check_id`,
  service: Prisma.sql`service`,
  severity: Prisma.sql`severity::text`,
  status: Prisma.sql`status::text`,
} as const;

export type FindingCountDimension = keyof typeof COLUMNS;

interface DimensionValues {
  accountId: string;
  checkId: string;
  service: string;
  severity: SeverityName;
  status: FindingStatusName;
}

/** Which findings to count. Every list narrows; an absent list does not. */
export interface FindingCountFilter {
  /** null counts every account. */
  accountIds: readonly string[] | null;
  statuses?: readonly FindingStatusName[];
  severities?: readonly SeverityName[];
  services?: readonly string[];
  checkIds?: readonly string[];
}

export type FindingCountRow<D extends FindingCountDimension> = Pick<DimensionValues, D> & { count: number };

/** Matching findings counted per value of the `by` dimensions (one row, the total, when `by` is empty); groups with none are left out. */
export async function sumFindingCounts<D extends FindingCountDimension>(
  database: Database,
  filter: FindingCountFilter,
  by: readonly D[],
): Promise<FindingCountRow<D>[]> {
  const conditions: Prisma.Sql[] = [];
  if (filter.accountIds) conditions.push(Prisma.sql`account_id = ANY(${[...filter.accountIds]}::text[])`);
  if (filter.statuses) conditions.push(Prisma.sql`status = ANY(${[...filter.statuses]}::text[]::"FindingStatus"[])`);
  if (filter.severities) conditions.push(Prisma.sql`severity = ANY(${[...filter.severities]}::text[]::"Severity"[])`);
  if (filter.services) conditions.push(Prisma.sql`service = ANY(${[...filter.services]}::text[])`);
  if (filter.checkIds) conditions.push(Prisma.sql`check_id = ANY(${[...filter.checkIds]}::text[])`);
  const where = conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  const columns = by.map((dimension) => Prisma.sql`${COLUMNS[dimension]} AS ${Prisma.raw(`"${dimension}"`)}`);
  const select = columns.length > 0 ? Prisma.sql`${Prisma.join(columns, ", ")}, ` : Prisma.empty;
  const groupBy = by.length > 0 ? Prisma.sql`GROUP BY ${Prisma.join(by.map((_, index) => Prisma.raw(String(index + 1))), ", ")}` : Prisma.empty;
  return database.$queryRaw<FindingCountRow<D>[]>`
    SELECT ${select}sum(count)::int AS count FROM finding_counts WHERE ${where} ${groupBy} HAVING sum(count) <> 0`;
}
