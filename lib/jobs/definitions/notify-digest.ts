import { z } from "zod";
import { defineJob } from "../job-definition";

export const notifyDigestJob = defineJob({
  id: "notify-digest",
  description: "Daily at 07:05 UTC: queues the daily digests, and on Mondays the weekly ones.",
  schedule: "5 7 * * *",
  input: z.object({}).passthrough(),
  queue: { retryLimit: 3, retryDelaySeconds: 120, expireInSeconds: 15 * 60 },
  handler: () => import("../handlers/notify-digest"),
});
