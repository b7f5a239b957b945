import { z } from "zod";
import { defineJob } from "../job-definition";

export const pruneOldDataJob = defineJob({
  id: "prune-old-data",
  description: "Daily: deletes resource history, resolved findings and scan records older than VIGIL_RETENTION_DAYS, in small batches.",
  // Off the hour, when scheduled scans (default every 6 hours on the hour) are not starting.
  schedule: "17 3 * * *",
  input: z.object({}).passthrough(),
  // Batches commit as they go, so a retry resumes where the failed run stopped.
  queue: { retryLimit: 2, retryDelaySeconds: 300, expireInSeconds: 6 * 60 * 60 },
  handler: () => import("../handlers/prune-old-data"),
});
