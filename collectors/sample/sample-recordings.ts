import accessanalyzer from "@/collectors/sample/recordings/accessanalyzer.json";
import account from "@/collectors/sample/recordings/account.json";
import iam from "@/collectors/sample/recordings/iam.json";
import kms from "@/collectors/sample/recordings/kms.json";
import lambda from "@/collectors/sample/recordings/lambda.json";
import organizations from "@/collectors/sample/recordings/organizations.json";
import s3 from "@/collectors/sample/recordings/s3.json";
import s3control from "@/collectors/sample/recordings/s3control.json";
import sts from "@/collectors/sample/recordings/sts.json";
import type { AwsServiceId } from "@/collectors/aws/aws-service";

/**
 * One recorded AWS answer. `input` lists only the members that select it (an empty input answers
 * any call of the command: the account-wide default, e.g. "no website configured"); `region`
 * narrows it to one region. The most specific recording wins.
 */
export interface Recording {
  command: string;
  region?: string;
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
  error?: { name: string; status: number; message: string };
}

export const SAMPLE_ACCOUNT_ID = "123456789012";

export const SAMPLE_RECORDINGS: Record<AwsServiceId, Recording[]> = {
  accessanalyzer: accessanalyzer.calls,
  account: account.calls,
  iam: iam.calls,
  kms: kms.calls,
  lambda: lambda.calls,
  organizations: organizations.calls,
  s3: s3.calls,
  s3control: s3control.calls,
  sts: sts.calls,
} as Record<AwsServiceId, Recording[]>;

/** The recording answering `command(input)` in `region`, or undefined. */
export function findRecording(
  recordings: Recording[],
  command: string,
  region: string,
  input: Record<string, unknown>,
): Recording | undefined {
  let best: { recording: Recording; score: number } | undefined;
  for (const recording of recordings) {
    if (recording.command !== command) continue;
    if (recording.region && recording.region !== region) continue;
    const keys = Object.keys(recording.input);
    if (!keys.every((key) => JSON.stringify(recording.input[key]) === JSON.stringify(input[key]))) continue;
    const score = keys.length * 2 + (recording.region ? 1 : 0);
    if (!best || score > best.score) best = { recording, score };
  }
  return best?.recording;
}
