// The scheduler tick (every minute, once across all workers): queue due scheduled scans and give
// scans whose worker died to another worker.
import { db } from "@/lib/db/client";
import { queueDueScans } from "@/lib/scans/queue-due-scans";
import { scanAccountJob } from "../definitions/scan-account";
import type { JobContext } from "../job-definition";

export default async function scheduleScans(_input: unknown, context: JobContext): Promise<void> {
  const result = await queueDueScans(db(), new Date(), (scanId, dedupeKey) =>
    context.send(scanAccountJob, { scanId }, { singletonKey: dedupeKey }),
  );
  for (const problem of result.invalidSchedules) context.log(`account ${problem.accountId}: ${problem.message}`);
  if (result.queued.length) context.log(`queued ${result.queued.length} scheduled scan(s)`);
  if (result.requeued.length) context.log(`re-queued ${result.requeued.length} abandoned scan(s)`);
}
