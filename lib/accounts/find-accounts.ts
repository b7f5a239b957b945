import "server-only";
import { db, type Database } from "@/lib/db/client";

/** Every account Vigil scans, for menus and the sample-account banner. Credentials fields are not read. */
export async function findAccounts(database: Database = db()) {
  return database.account.findMany({
    select: { id: true, name: true, source: true, enabled: true, regions: true, scanSchedule: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export type AccountListItem = Awaited<ReturnType<typeof findAccounts>>[number];
