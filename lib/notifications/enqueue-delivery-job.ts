import "server-only";
import { notifyDeliverJob } from "@/lib/jobs/definitions/notify-deliver";
import { openJobQueue, type JobQueue } from "@/lib/jobs/job-queue";
import { sendJob } from "@/lib/jobs/start-worker";

// Shares the web process's one job sender with lib/scans/enqueue-scan-job.ts.
const globalForQueue = globalThis as unknown as { vigilSender?: Promise<JobQueue> };

/** Hands a delivery to the workers from the web process (e.g. the settings page's "Send a test"). */
export async function enqueueDeliveryJob(deliveryId: string): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  globalForQueue.vigilSender ??= openJobQueue(url, { role: "sender" }).catch((error: unknown) => {
    globalForQueue.vigilSender = undefined;
    throw error;
  });
  await sendJob(await globalForQueue.vigilSender, notifyDeliverJob, { deliveryId }, { singletonKey: deliveryId });
}
