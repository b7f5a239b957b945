// The scheduled digest run: one delivery per due digest rule and period (keyed, so a second run sends nothing).
import { db } from "@/lib/db/client";
import { queueDigests } from "@/lib/notifications/queue-digests";
import { notifyDeliverJob } from "../definitions/notify-deliver";
import type { JobContext } from "../job-definition";

export default async function notifyDigest(_input: unknown, context: JobContext): Promise<void> {
  const deliveries = await queueDigests(db(), new Date());
  for (const deliveryId of deliveries) await context.send(notifyDeliverJob, { deliveryId }, { singletonKey: deliveryId });
}
