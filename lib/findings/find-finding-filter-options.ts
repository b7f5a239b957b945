import "server-only";
import { accountRowsWhere, accountSql, scopedAccountIds, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { sumFindingCounts } from "@/lib/findings/sum-finding-counts";

export interface FindingFilterOptions {
  accounts: { id: string; name: string }[];
  services: string[];
  regions: string[];
  checks: string[];
}

/**
 * Values for the findings filter menus, within the reader's accounts, from small reads only: the accounts
 * table, finding_counts (the services and checks that have findings) and one index probe per region of the
 * live resources, never a DISTINCT over every finding.
 */
export async function findFindingFilterOptions(scope: AccountScope, database: Database = db()): Promise<FindingFilterOptions> {
  const counted = { accountIds: scopedAccountIds(scope) };
  const [accounts, regions, services, checks] = await Promise.all([
    database.account.findMany({ where: accountRowsWhere(scope), select: { id: true, name: true }, orderBy: { name: "asc" } }),
    // A loose index scan: each step jumps to the next region in resources_region_account_id_deleted_at_idx.
    database.$queryRaw<{ region: string }[]>`
      WITH RECURSIVE regions AS (
        (SELECT region FROM resources WHERE deleted_at IS NULL AND ${accountSql(scope, Prisma.sql`account_id`)} ORDER BY region LIMIT 1)
        UNION ALL
        SELECT (SELECT r.region FROM resources r WHERE r.region > regions.region AND r.deleted_at IS NULL AND ${accountSql(scope, Prisma.sql`r.account_id`)}
                ORDER BY r.region LIMIT 1)
        FROM regions WHERE regions.region IS NOT NULL
      )
      SELECT region FROM regions WHERE region IS NOT NULL`,
    sumFindingCounts(database, counted, ["service"]),
    sumFindingCounts(database, counted, ["checkId"]),
  ]);
  return {
    accounts,
    regions: regions.map((row) => row.region),
    services: services.map((row) => row.service).sort(),
    checks: checks.map((row) => row.checkId).sort(),
  };
}
