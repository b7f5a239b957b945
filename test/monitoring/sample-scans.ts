/**
 * Runs real scans of the built-in sample account (recordings through the real collectors and the whole
 * check catalogue), optionally with the recordings edited in memory, for the monitoring tests.
 */
import { collectAccount } from "@/collectors/collect-account";
import type { AwsServiceId } from "@/collectors/aws/aws-service";
import { createSampleClientFactory } from "@/collectors/sample/create-sample-client-factory";
import { SAMPLE_ACCOUNT_ID, SAMPLE_RECORDINGS, type Recording } from "@/collectors/sample/sample-recordings";
import { evaluateAccount } from "@/lib/checks/evaluate-account";
import type { Database } from "@/lib/db/client";
import { computeScanPosture } from "@/lib/posture/compute-scan-posture";
import { createScan } from "@/lib/scans/create-scan";
import { runScan, type ScanDependencies } from "@/lib/scans/run-scan";

export type Recordings = Record<AwsServiceId, Recording[]>;

export function sampleRecordings(): Recordings {
  return structuredClone(SAMPLE_RECORDINGS);
}

export async function ensureSampleAccount(database: Database): Promise<void> {
  await database.account.upsert({
    where: { id: SAMPLE_ACCOUNT_ID },
    create: { id: SAMPLE_ACCOUNT_ID, name: "Sample", source: "sample" },
    update: {},
  });
}

export async function scanSample(database: Database, recordings: Recordings = SAMPLE_RECORDINGS) {
  const dependencies: ScanDependencies = {
    collect: (_account, sink) =>
      collectAccount({
        account: { accountId: SAMPLE_ACCOUNT_ID },
        sink,
        clients: createSampleClientFactory(sink, recordings),
        credentialReportPollMs: 0,
      }),
    evaluate: (resources, context) => evaluateAccount(resources, { ...context, settings: {}, disabledChecks: {}, exclusions: [] }),
    score: (tallies) => computeScanPosture(tallies),
  };
  const scan = await createScan(database, { accountId: SAMPLE_ACCOUNT_ID, trigger: "cli" });
  const outcome = await runScan(database, scan.id, dependencies, { workerId: "test" });
  if (outcome.status !== "succeeded" && outcome.status !== "partial") throw new Error(`sample scan ${outcome.status}`);
  return outcome;
}

/** Replaces the output of the recording of `command` whose input matches `input` exactly. */
export function editRecording(
  recordings: Recordings,
  service: AwsServiceId,
  command: string,
  input: Record<string, unknown>,
  edit: (output: Record<string, unknown>) => Record<string, unknown>,
): void {
  const recording = recordings[service].find(
    (candidate) => candidate.command === command && JSON.stringify(candidate.input) === JSON.stringify(input),
  );
  if (!recording?.output) throw new Error(`no recording ${service}:${command} ${JSON.stringify(input)}`);
  recording.output = edit(recording.output);
}
