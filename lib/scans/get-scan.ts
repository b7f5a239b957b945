import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { SCAN_LIST_SELECT } from "@/lib/scans/find-scans";

/** One scan's status and counters (what a polling client needs), or null when absent or outside the reader's accounts. */
export async function getScan(id: string, scope: AccountScope, database: Database = db()) {
  return database.scan.findUnique({ where: { id, ...accountWhere(scope) }, select: SCAN_LIST_SELECT });
}

export type ScanSummary = NonNullable<Awaited<ReturnType<typeof getScan>>>;
