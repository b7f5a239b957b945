/**
 * The time window a scan's changes fall in: from the end of the account's previous finished scan to the
 * end of this one. Deletions carry the scan's start time, so they are read by this window.
 */
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";

export interface ScanWindow {
  scanId: string;
  accountId: string;
  previousScanId: string | null;
  from: Date | null;
  to: Date;
}

export async function findScanWindow(database: Database, scanId: string): Promise<ScanWindow> {
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
  return { scanId: scan.id, accountId: scan.accountId, previousScanId: previous?.id ?? null, from: previous?.finishedAt ?? null, to: scan.finishedAt ?? new Date() };
}
