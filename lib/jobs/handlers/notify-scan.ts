// Runs after each scan (sent by scan-account): queues the scan's notifications and one send job per delivery.
import { db } from "@/lib/db/client";
import { findUnsentDeliveries } from "@/lib/notifications/find-unsent-deliveries";
import { queueScanAnomalies } from "@/lib/notifications/queue-scan-anomalies";
import { queueScanNotifications } from "@/lib/notifications/queue-scan-notifications";
import { notifyDeliverJob } from "../definitions/notify-deliver";
import type { JobContext } from "../job-definition";

export default async function notifyScan(input: { scanId: string }, context: JobContext): Promise<void> {
  const created = [...(await queueScanNotifications(db(), input.scanId)), ...(await queueScanAnomalies(db(), input.scanId))];
  // Not only those created now: a retry of this job must also send what an interrupted run inserted.
  const unsent = await findUnsentDeliveries(db(), input.scanId);
  for (const deliveryId of unsent) await context.send(notifyDeliverJob, { deliveryId }, { singletonKey: deliveryId });
  if (unsent.length > 0) context.log(`scan ${input.scanId}: ${created.length} notifications queued, ${unsent.length} sent to workers`);
}
