// Runs after each scan (sent by scan-account): queues the scan's notifications and one send job per delivery.
import { db } from "@/lib/db/client";
import { queueScanNotifications } from "@/lib/notifications/queue-scan-notifications";
import { notifyDeliverJob } from "../definitions/notify-deliver";
import type { JobContext } from "../job-definition";

export default async function notifyScan(input: { scanId: string }, context: JobContext): Promise<void> {
  const deliveries = await queueScanNotifications(db(), input.scanId);
  for (const deliveryId of deliveries) await context.send(notifyDeliverJob, { deliveryId }, { singletonKey: deliveryId });
  if (deliveries.length > 0) context.log(`scan ${input.scanId}: ${deliveries.length} notifications queued`);
}
