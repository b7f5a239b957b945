import "server-only";
import { db, type Database } from "@/lib/db/client";
import { SCAN_LIST_SELECT } from "@/lib/scans/find-scans";

/** One scan's status and counters (what a polling client needs), or null when absent. */
export async function getScan(id: string, database: Database = db()) {
  return database.scan.findUnique({ where: { id }, select: SCAN_LIST_SELECT });
}

export type ScanSummary = NonNullable<Awaited<ReturnType<typeof getScan>>>;
