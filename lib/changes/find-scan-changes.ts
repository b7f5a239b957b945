/** "What changed in this scan": the scan against the account's previous finished scan. */
import type { Database } from "@/lib/db/client";
import type { ChangeSet } from "./change-set";
import { findScanWindow } from "./find-scan-window";
import { loadChangeSet } from "./load-change-set";

export async function findScanChanges(database: Database, scanId: string): Promise<ChangeSet> {
  const window = await findScanWindow(database, scanId);
  return loadChangeSet(database, window);
}
