// Runs one queued scan in a worker. A scan that fails is recorded as failed on its row; only a worker
// that dies mid-scan leaves it to be claimed again.
import { db } from "@/lib/db/client";
import { createScanDependencies } from "@/lib/scans/create-scan-dependencies";
import { runScan } from "@/lib/scans/run-scan";
import { analyzeIamJob } from "../definitions/analyze-iam";
import { notifyScanJob } from "../definitions/notify-scan";
import type { JobContext } from "../job-definition";

export default async function scanAccount(input: { scanId: string }, context: JobContext): Promise<void> {
  const outcome = await runScan(db(), input.scanId, createScanDependencies(), { workerId: context.workerId });
  context.log(`scan ${input.scanId}: ${outcome.status}${"error" in outcome ? ` (${outcome.error})` : ""}`);
  if (outcome.status === "succeeded" || outcome.status === "partial") await context.send(notifyScanJob, { scanId: input.scanId }).catch((error: unknown) => context.log(`notifications not queued: ${String(error)}`));
  if (outcome.status === "succeeded" || outcome.status === "partial") await context.send(analyzeIamJob, { scanId: input.scanId }, { singletonKey: input.scanId }).catch((error: unknown) => context.log(`IAM analysis not queued: ${String(error)}`));
}
