// Runs after each successful or partial scan (sent by scan-account): the IAM analysis behind /principals.
// A failed analysis is recorded on its row and logged; the scan is never touched.
import { db } from "@/lib/db/client";
import { analyzeScanIam } from "@/lib/principals/analyze-scan-iam";
import type { JobContext } from "../job-definition";

export default async function analyzeIam(input: { scanId: string }, context: JobContext): Promise<void> {
  const outcome = await analyzeScanIam(db(), input.scanId);
  context.log(
    outcome.status === "succeeded"
      ? `iam analysis of scan ${input.scanId}: ${outcome.principals} principals in ${outcome.durationMs} ms`
      : `iam analysis of scan ${input.scanId} failed: ${outcome.error}`,
  );
}
