import { z } from "zod";
import { defineJob } from "../job-definition";

export const syncTicketsJob = defineJob({
  id: "sync-tickets",
  description: "Every 10 minutes: reads linked Jira issues' status and resolves findings whose ticket was closed.",
  schedule: "*/10 * * * *",
  input: z.object({}).passthrough(),
  queue: { retryLimit: 1, retryDelaySeconds: 60, expireInSeconds: 9 * 60 },
  handler: () => import("../handlers/sync-tickets"),
});
