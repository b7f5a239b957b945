/**
 * The scheduler's work, independent of the job queue: queue each enabled account's due slot once
 * (the slot key is unique, so concurrent schedulers agree on one scan) and hand abandoned scans back.
 */
import type { Database } from "@/lib/db/client";
import { createScan } from "./create-scan";
import { dueScheduleSlot, InvalidScheduleError } from "./due-schedule-slot";
import { findAbandonedScans } from "./find-abandoned-scans";

export interface QueueDueScansResult {
  queued: string[];
  requeued: string[];
  invalidSchedules: { accountId: string; message: string }[];
}

export async function queueDueScans(
  database: Database,
  now: Date,
  send: (scanId: string, dedupeKey: string) => Promise<void>,
): Promise<QueueDueScansResult> {
  const result: QueueDueScansResult = { queued: [], requeued: [], invalidSchedules: [] };
  const accounts = await database.account.findMany({ where: { enabled: true }, select: { id: true, scanSchedule: true } });
  for (const account of accounts) {
    let slot: ReturnType<typeof dueScheduleSlot>;
    try {
      slot = dueScheduleSlot(account.id, account.scanSchedule, now);
    } catch (error) {
      if (!(error instanceof InvalidScheduleError)) throw error;
      result.invalidSchedules.push({ accountId: account.id, message: error.message });
      continue;
    }
    if (!slot) continue;
    const scan = await createScan(database, { accountId: account.id, trigger: "schedule", slotKey: slot.key });
    if (!scan.created) continue;
    await send(scan.id, scan.id);
    result.queued.push(scan.id);
  }
  for (const scan of await findAbandonedScans(database)) {
    await send(scan.id, `${scan.id}:${scan.heartbeatAt.toISOString()}`);
    result.requeued.push(scan.id);
  }
  return result;
}
