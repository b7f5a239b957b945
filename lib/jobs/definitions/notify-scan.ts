import { z } from "zod";
import { defineJob } from "../job-definition";

export const notifyScanJob = defineJob({
  id: "notify-scan",
  description: "After a scan: turns its new and regressed findings into deliveries for the matching notification rules.",
  input: z.object({ scanId: z.string().uuid() }),
  // Deliveries are keyed per rule+finding+event, so a retry queues nothing twice.
  queue: { retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 15 * 60 },
  handler: () => import("../handlers/notify-scan"),
});
