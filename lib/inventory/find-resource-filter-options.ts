import "server-only";
import { accountRowsWhere, accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";

/** Values for the inventory filter menus, from what is stored in the reader's accounts (deleted resources included). */
export async function findResourceFilterOptions(scope: AccountScope, database: Database = db()) {
  const inScope = accountWhere(scope);
  const [accounts, types, regions] = await Promise.all([
    database.account.findMany({ where: accountRowsWhere(scope), select: { id: true, name: true }, orderBy: { name: "asc" } }),
    database.resource.groupBy({ by: ["service", "type"], where: inScope, orderBy: [{ service: "asc" }, { type: "asc" }] }),
    database.resource.groupBy({ by: ["region"], where: inScope, orderBy: { region: "asc" } }),
  ]);
  return {
    accounts,
    services: [...new Set(types.map((row) => row.service))],
    types: types.map((row) => row.type),
    regions: regions.map((row) => row.region),
  };
}
