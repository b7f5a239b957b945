// The scheduler tick: queue each account's due slot once (the slot key is unique), and give scans whose
// worker died to another worker.
import { db } from "@/lib/db/client";
import { createScan } from "@/lib/scans/create-scan";
import { dueScheduleSlot, InvalidScheduleError } from "@/lib/scans/due-schedule-slot";
import { findAbandonedScans } from "@/lib/scans/find-abandoned-scans";
import { scanAccountJob } from "../definitions/scan-account";
import type { JobContext } from "../job-definition";

export default async function scheduleScans(_input: unknown, context: JobContext): Promise<void> {
  const database = db();
  const now = new Date();
  const accounts = await database.account.findMany({ where: { enabled: true }, select: { id: true, scanSchedule: true } });
  for (const account of accounts) {
    let slot: ReturnType<typeof dueScheduleSlot>;
    try {
      slot = dueScheduleSlot(account.id, account.scanSchedule, now);
    } catch (error) {
      if (error instanceof InvalidScheduleError) {
        context.log(`account ${account.id}: ${error.message}`);
        continue;
      }
      throw error;
    }
    if (!slot) continue;
    const scan = await createScan(database, { accountId: account.id, trigger: "schedule", slotKey: slot.key });
    if (scan.created) await context.send(scanAccountJob, { scanId: scan.id }, { singletonKey: scan.id });
  }
  for (const scan of await findAbandonedScans(database)) {
    context.log(`re-queuing abandoned scan ${scan.id} of account ${scan.accountId}`);
    await context.send(scanAccountJob, { scanId: scan.id }, { singletonKey: `${scan.id}:${scan.heartbeatAt.toISOString()}` });
  }
}
