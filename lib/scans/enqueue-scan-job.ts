import "server-only";
import { scanAccountJob } from "@/lib/jobs/definitions/scan-account";
import { openJobQueue, type JobQueue } from "@/lib/jobs/job-queue";
import { sendJob } from "@/lib/jobs/start-worker";

// One sender per web process: opening pg-boss per request would cost a connection pool each time.
const globalForQueue = globalThis as unknown as { vigilSender?: Promise<JobQueue> };

/** Hands a queued scan to the workers (pg-boss), from the web process. */
export async function enqueueScanJob(scanId: string): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  globalForQueue.vigilSender ??= openJobQueue(url, { role: "sender" }).catch((error: unknown) => {
    globalForQueue.vigilSender = undefined;
    throw error;
  });
  await sendJob(await globalForQueue.vigilSender, scanAccountJob, { scanId }, { singletonKey: scanId });
}
