import { z } from "zod";
import { loadEnv } from "@/lib/env";
import { defineJob } from "../job-definition";

export const scanAccountJob = defineJob({
  id: "scan-account",
  description: "Runs one queued scan: collect, evaluate, update findings and scores.",
  input: z.object({ scanId: z.string().uuid() }),
  // A killed worker's scan is also re-queued by schedule-scans as soon as its heartbeat goes stale;
  // expiry is the slower backstop.
  queue: { retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 2 * 60 * 60 },
  // A scan mostly waits on AWS's per-account quotas, so one worker collects several accounts at once.
  concurrency: () => loadEnv().VIGIL_SCANS_PER_WORKER,
  handler: () => import("../handlers/scan-account"),
});
