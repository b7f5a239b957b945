/** "What changed since a date": every resource and finding change in (since, until], optionally for some accounts. */
import type { Database } from "@/lib/db/client";
import type { ChangeSet } from "./change-set";
import { loadChangeSet } from "./load-change-set";

export async function findChangesSince(
  database: Database,
  options: { since: Date; until?: Date; accountId?: string | null },
): Promise<ChangeSet> {
  return loadChangeSet(database, {
    accountId: options.accountId ?? null,
    scanId: null,
    previousScanId: null,
    from: options.since,
    to: options.until ?? new Date(),
  });
}
