import { z } from "zod";
import { defineJob } from "../job-definition";

export const scheduleScansJob = defineJob({
  id: "schedule-scans",
  description: "Every minute: queues the scans whose account schedule is due and re-queues abandoned ones.",
  schedule: "* * * * *",
  input: z.object({}).passthrough(),
  queue: { retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 5 * 60 },
  handler: () => import("../handlers/schedule-scans"),
});
