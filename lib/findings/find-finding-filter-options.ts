import "server-only";
import { db, type Database } from "@/lib/db/client";

export interface FindingFilterOptions {
  accounts: { id: string; name: string }[];
  services: string[];
  regions: string[];
  checks: string[];
}

/**
 * Values for the findings filter menus. They come from the small tables (accounts, resources' regions,
 * check results) rather than a DISTINCT over every finding.
 */
export async function findFindingFilterOptions(database: Database = db()): Promise<FindingFilterOptions> {
  const [accounts, regions, services, checks] = await Promise.all([
    database.account.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    database.resource.groupBy({ by: ["region"], where: { deletedAt: null }, orderBy: { region: "asc" } }),
    database.resource.groupBy({ by: ["service"], where: { deletedAt: null }, orderBy: { service: "asc" } }),
    database.checkResult.groupBy({ by: ["checkId"], orderBy: { checkId: "asc" } }),
  ]);
  return {
    accounts,
    regions: regions.map((row) => row.region),
    services: services.map((row) => row.service),
    checks: checks.map((row) => row.checkId),
  };
}
