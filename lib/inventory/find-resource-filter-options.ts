import "server-only";
import { db, type Database } from "@/lib/db/client";

/** Values for the inventory filter menus, from what is stored (deleted resources included). */
export async function findResourceFilterOptions(database: Database = db()) {
  const [accounts, types, regions] = await Promise.all([
    database.account.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    database.resource.groupBy({ by: ["service", "type"], orderBy: [{ service: "asc" }, { type: "asc" }] }),
    database.resource.groupBy({ by: ["region"], orderBy: { region: "asc" } }),
  ]);
  return {
    accounts,
    services: [...new Set(types.map((row) => row.service))],
    types: types.map((row) => row.type),
    regions: regions.map((row) => row.region),
  };
}
