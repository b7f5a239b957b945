// Sends one delivery. Throwing while attempts remain makes pg-boss retry it with backoff; the delivery
// row keeps every attempt's outcome, so a failing receiver is visible and never blocks a scan.
import { db } from "@/lib/db/client";
import { deliverNotification, DeliveryFailedError } from "@/lib/notifications/deliver-notification";
import type { JobContext } from "../job-definition";

export default async function notifyDeliver(input: { deliveryId: string }, context: JobContext): Promise<void> {
  const outcome = await deliverNotification(db(), input.deliveryId);
  if (outcome.status === "retry" && outcome.result) throw new DeliveryFailedError(outcome.result);
  if (outcome.status === "failed") context.log(`delivery ${input.deliveryId} gave up: ${outcome.result?.error ?? "failed"}`);
}
