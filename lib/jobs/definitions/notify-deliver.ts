import { z } from "zod";
import { defineJob } from "../job-definition";

export const notifyDeliverJob = defineJob({
  id: "notify-deliver",
  description: "Sends one notification delivery (webhook, Slack or e-mail), retried with backoff while the receiver fails.",
  input: z.object({ deliveryId: z.string().uuid() }),
  // 1 try + 5 retries (MAX_DELIVERY_ATTEMPTS = 6) with exponential backoff from 30 s: about half an hour in all.
  queue: { retryLimit: 5, retryDelaySeconds: 30, expireInSeconds: 5 * 60 },
  handler: () => import("../handlers/notify-deliver"),
});
