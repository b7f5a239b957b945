import { z } from "zod";
import { defineJob } from "../job-definition";

export const analyzeIamJob = defineJob({
  id: "analyze-iam",
  description: "After a scan: runs the IAM engine over the account's inventory and stores each principal's analysis.",
  input: z.object({ scanId: z.string().uuid() }),
  // A re-run replaces the scan's analysis, so retries are safe; large accounts take minutes.
  queue: { retryLimit: 2, retryDelaySeconds: 60, expireInSeconds: 60 * 60 },
  handler: () => import("../handlers/analyze-iam"),
});
