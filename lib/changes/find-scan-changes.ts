/**
 * "What changed in this scan": the scan against the account's previous finished scan. Deletions are
 * stamped with the scan's start time, so they are read from the window between the two scans' ends.
 */
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import type { ChangeSet } from "./change-set";
import { loadChangeSet } from "./load-change-set";

export async function findScanChanges(database: Database, scanId: string): Promise<ChangeSet> {
  const scan = await database.scan.findUnique({
    where: { id: scanId },
    select: { id: true, accountId: true, startedAt: true, finishedAt: true, queuedAt: true },
  });
  if (!scan) throw new VigilError("not_found", `Scan ${scanId} does not exist.`);
  const started = scan.startedAt ?? scan.queuedAt;
  const previous = await database.scan.findFirst({
    where: { accountId: scan.accountId, id: { not: scan.id }, status: { in: ["succeeded", "partial"] }, finishedAt: { not: null, lte: started } },
    orderBy: { finishedAt: "desc" },
    select: { id: true, finishedAt: true },
  });
  return loadChangeSet(database, {
    accountId: scan.accountId,
    scanId: scan.id,
    previousScanId: previous?.id ?? null,
    from: previous?.finishedAt ?? null,
    to: scan.finishedAt ?? new Date(),
  });
}
