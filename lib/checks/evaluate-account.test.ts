import { describe, expect, it } from "vitest";
import { changeResources, generateInventory } from "@/bench/synthetic/generate-inventory";
import { findCheck } from "@/lib/checks/catalogue";
import { evaluateAccount } from "@/lib/checks/evaluate-account";
import { decodeEvaluationMemo, encodeEvaluationMemo, type EvaluationMemo } from "@/lib/checks/evaluation-memo";
import { canonicalizeConfiguration } from "@/lib/inventory/hash-configuration";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { tallyVerdictCodes } from "@/lib/posture/tally-verdict-codes";

const ACCOUNT = "100000000001";
const T0 = new Date("2026-11-20T00:00:00Z");
const later = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

/** Records as the scan hands them to the checks (stored JSON), with their configuration hashes. */
function asStored(records: readonly ResourceRecord[]) {
  const hashes = new Map<string, string>();
  const stored = records.map((record) => {
    const { configuration, hash } = canonicalizeConfiguration(record.configuration);
    hashes.set(record.arn, hash);
    return { ...record, configuration };
  });
  return { records: stored, hashes };
}

const inventory = asStored(generateInventory({ accountId: ACCOUNT, count: 3_000 }));
const first = evaluateAccount(inventory.records, { accountId: ACCOUNT, now: T0, hashes: inventory.hashes });

/** "check|ARN" -> verdict code, for comparing two evaluations verdict by verdict. */
function verdicts(memo: EvaluationMemo): Map<string, string> {
  const out = new Map<string, string>();
  for (const [checkId, check] of Object.entries(memo.checks)) {
    const { arns } = memo.resources[findCheck(checkId)!.resourceType] ?? { arns: [] };
    arns.forEach((arn, i) => out.set(`${checkId}|${arn}`, check.codes[i]!));
  }
  return out;
}

describe("evaluateAccount", () => {
  it("gives after a change exactly the verdicts and tallies of a full evaluation, running far fewer checks", () => {
    const changed = asStored(changeResources(inventory.records, 0.05));
    const options = { accountId: ACCOUNT, now: later(1), hashes: changed.hashes };
    const incremental = evaluateAccount(changed.records, { ...options, previous: first.memo });
    const full = evaluateAccount(changed.records, options);

    expect(tallyVerdictCodes(incremental.memo.checks)).toEqual(tallyVerdictCodes(full.memo.checks));
    expect(verdicts(incremental.memo)).toEqual(verdicts(full.memo));
    expect(incremental.reusedCount).toBeGreaterThan(full.outcomes.length / 2);
    expect(incremental.outcomes.length + incremental.reusedCount).toBe(full.outcomes.length);
    // What ran says what a full run says, reason and evidence included.
    const fullByPair = new Map(full.outcomes.map((o) => [`${o.checkId}|${o.resourceArn}`, o]));
    for (const outcome of incremental.outcomes) expect(outcome).toEqual(fullByPair.get(`${outcome.checkId}|${outcome.resourceArn}`));
  });

  it("reuses nothing when the settings, the disabled checks or the exclusions differ", () => {
    const options = { accountId: ACCOUNT, now: later(1), hashes: inventory.hashes, previous: first.memo };
    expect(evaluateAccount(inventory.records, options).reusedCount).toBeGreaterThan(0);
    expect(evaluateAccount(inventory.records, { ...options, settings: { accessKeyRotationDays: 30 } }).reusedCount).toBe(0);
    expect(evaluateAccount(inventory.records, { ...options, disabledChecks: { s3_bucket_versioning_enabled: "backups" } }).reusedCount).toBe(0);
    expect(evaluateAccount(inventory.records, { ...options, exclusions: [{ checkId: null, resourcePattern: "arn:aws:s3:::x", reason: "x" }] }).reusedCount).toBe(0);
  });

  it("runs everything a day after the last full evaluation, and carries that time forward until then", () => {
    const options = { accountId: ACCOUNT, hashes: inventory.hashes, previous: first.memo };
    const soon = evaluateAccount(inventory.records, { ...options, now: later(23) });
    expect(soon.memo.fullEvaluationAt).toEqual(T0);
    const dayLater = evaluateAccount(inventory.records, { ...options, now: later(24) });
    expect(dayLater.reusedCount).toBe(0);
    expect(dayLater.memo.fullEvaluationAt).toEqual(later(24));
  });

  it("re-runs clock-reading checks every time, and the rest only where the caller cannot vouch for the finding", () => {
    const again = evaluateAccount(inventory.records, { accountId: ACCOUNT, now: later(1), hashes: inventory.hashes, previous: first.memo });
    const ran = new Set(again.outcomes.map((o) => o.checkId));
    const readsClock = Object.entries(first.memo.checks).filter(([, c]) => c.now && c.codes.length > 0).map(([id]) => id);
    expect(readsClock).toContain("iam_user_access_key_rotated");
    for (const id of readsClock) expect(ran).toContain(id);
    expect(ran).not.toContain("s3_bucket_versioning_enabled");

    const bucket = inventory.records.find((r) => r.type === "AWS::S3::Bucket")!;
    const refused = evaluateAccount(inventory.records, {
      accountId: ACCOUNT, now: later(1), hashes: inventory.hashes, previous: first.memo,
      canReuse: (checkId, arn) => !(checkId === "s3_bucket_versioning_enabled" && arn === bucket.arn),
    });
    expect(refused.outcomes.filter((o) => o.checkId === "s3_bucket_versioning_enabled").map((o) => o.resourceArn)).toEqual([bucket.arn]);
    expect(refused.isReused("s3_bucket_versioning_enabled", bucket.arn)).toBe(false);
    expect(refused.isReused("s3_bucket_versioning_enabled", inventory.records.filter((r) => r.type === "AWS::S3::Bucket")[1]!.arn)).toBe(true);
  });

  it("re-runs a check on every resource when a resource it read elsewhere changed or disappeared", () => {
    const block = inventory.records.find((r) => r.type === "AWS::S3::AccountPublicAccessBlock")!;
    const without = inventory.records.filter((r) => r !== block);
    const hashes = new Map(inventory.hashes);
    hashes.delete(block.arn);
    const after = evaluateAccount(without, { accountId: ACCOUNT, now: later(1), hashes, previous: first.memo });
    const buckets = inventory.records.filter((r) => r.type === "AWS::S3::Bucket").length;
    expect(after.outcomes.filter((o) => o.checkId === "s3_bucket_no_public_read")).toHaveLength(buckets);
    expect(after.outcomes.filter((o) => o.checkId === "s3_bucket_versioning_enabled")).toHaveLength(0);
  });

  it("re-runs the escalation checks when a function's role changes, not when only its code does", () => {
    const fn = inventory.records.find((r) => r.type === "AWS::Lambda::Function")!;
    const withConfiguration = (configuration: Record<string, unknown>) => {
      const changed = asStored(inventory.records.map((r) => (r === fn ? { ...r, configuration } : r)));
      return evaluateAccount(changed.records, { accountId: ACCOUNT, now: later(1), hashes: changed.hashes, previous: first.memo });
    };
    const configuration = fn.configuration as { Configuration: Record<string, unknown> };
    const escalationRuns = (evaluation: ReturnType<typeof evaluateAccount>) =>
      evaluation.outcomes.filter((o) => o.checkId === "iam_role_no_privilege_escalation").length;

    const newCode = withConfiguration({ ...configuration, Configuration: { ...configuration.Configuration, CodeSha256: "changed" } });
    expect(escalationRuns(newCode)).toBe(0);
    const newRole = withConfiguration({ ...configuration, Configuration: { ...configuration.Configuration, Role: `arn:aws:iam::${ACCOUNT}:role/other` } });
    expect(escalationRuns(newRole)).toBe(inventory.records.filter((r) => r.type === "AWS::IAM::Role").length);
  });

  it("keeps its memo through storage, and reads a damaged one as none", async () => {
    const decoded = await decodeEvaluationMemo(await encodeEvaluationMemo(first.memo));
    expect(decoded).toEqual(first.memo);
    expect(await decodeEvaluationMemo(new Uint8Array([31, 139, 8, 0]))).toBeNull();
    expect(await decodeEvaluationMemo(Buffer.from("not gzip"))).toBeNull();
  });
});
