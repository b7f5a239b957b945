import "server-only";
import { accountRowsWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";

/** Every account Vigil scans that the reader may see, for menus and the sample-account banner. Credentials fields are not read. */
export async function findAccounts(scope: AccountScope, database: Database = db()) {
  return database.account.findMany({
    where: accountRowsWhere(scope),
    select: { id: true, name: true, source: true, enabled: true, regions: true, scanSchedule: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export type AccountListItem = Awaited<ReturnType<typeof findAccounts>>[number];
