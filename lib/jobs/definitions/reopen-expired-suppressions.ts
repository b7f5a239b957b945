import { z } from "zod";
import { defineJob } from "../job-definition";

export const reopenExpiredSuppressionsJob = defineJob({
  id: "reopen-expired-suppressions",
  description: "Every 5 minutes: reopens suppressions and risk acceptances past their expiry, even when no scan runs.",
  schedule: "*/5 * * * *",
  input: z.object({}).passthrough(),
  queue: { retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 5 * 60 },
  handler: () => import("../handlers/reopen-expired-suppressions"),
});
