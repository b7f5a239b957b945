import { describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks/catalogue";
import type { CheckOutcome } from "@/lib/checks/check-outcome";
import { computePostureScore } from "@/lib/posture/compute-posture-score";

function outcomes(checkId: string, status: CheckOutcome["status"], count: number, evidence?: unknown): CheckOutcome[] {
  const check = CHECKS.find((c) => c.id === checkId)!;
  return Array.from({ length: count }, (_, i) => ({
    checkId,
    status,
    title: check.title,
    severity: check.severity,
    service: check.service,
    resourceArn: `arn:${checkId}:${status}:${i}`,
    resourceType: check.resourceType,
    region: "us-east-1",
    reason: "r",
    ...(evidence === undefined ? {} : { evidence }),
  }));
}

// The worked example of docs/POSTURE-SCORE.md.
const example = [
  ...outcomes("iam_root_mfa_enabled", "fail", 1),
  ...outcomes("s3_bucket_no_public_read", "fail", 1, { exposure: "public" }),
  ...outcomes("s3_bucket_no_public_read", "pass", 3),
  ...outcomes("s3_bucket_versioning_enabled", "fail", 2),
  ...outcomes("s3_bucket_versioning_enabled", "pass", 2),
  ...outcomes("kms_key_rotation_enabled", "pass", 2),
  ...outcomes("kms_key_not_public", "unknown", 1),
];

describe("computePostureScore: the documented worked example", () => {
  const result = computePostureScore(example);

  it("gives 31.6 overall with the documented deductions", () => {
    expect(result.overall.score).toBe(31.6);
    expect(result.overall.evaluatedChecks).toBe(4);
    expect(result.overall.unknownResults).toBe(1);
    expect(result.overall.deductions.map((d) => [d.checkId, d.pointsLost])).toEqual([
      ["s3_bucket_no_public_read", 36.8],
      ["iam_root_mfa_enabled", 29.4],
      ["s3_bucket_versioning_enabled", 2.2],
    ]);
    expect(result.overall.deductions[0]).toMatchObject({ weight: 20, loss: 0.625, exposure: "public" });
  });

  it("gives the documented per-service and per-framework scores", () => {
    expect(result.byService.iam.score).toBe(0);
    expect(result.byService.s3.score).toBe(36.9);
    expect(result.byService.kms.score).toBe(100);
    expect(result.byService.kms.unknownResults).toBe(1);
    expect(result.byService.lambda.score).toBeNull();
    expect(result.byFramework["cis-aws-7.0"]?.score).toBe(31.8);
    expect(result.byFramework["aws-fsbp"]?.score).toBe(31.6);
  });
});

describe("computePostureScore: properties", () => {
  it("accepts per-check tallies and matches the outcome form", () => {
    const tallies = {
      iam_root_mfa_enabled: { pass: 0, fail: 1, unknown: 0, not_applicable: 0 },
      s3_bucket_no_public_read: { pass: 3, fail: 1, unknown: 0, not_applicable: 0, exposure: "public" as const },
      s3_bucket_versioning_enabled: { pass: 2, fail: 2, unknown: 0, not_applicable: 0 },
      kms_key_rotation_enabled: { pass: 2, fail: 0, unknown: 0, not_applicable: 0 },
    };
    expect(computePostureScore(tallies).overall.score).toBe(31.6);
  });

  it("is 100 when everything passes, null with no decided results, and ignores not_applicable", () => {
    expect(computePostureScore(outcomes("kms_key_rotation_enabled", "pass", 3)).overall.score).toBe(100);
    expect(computePostureScore(outcomes("kms_key_rotation_enabled", "not_applicable", 3)).overall.score).toBeNull();
    expect(computePostureScore([]).overall.score).toBeNull();
  });

  it("weighs a public failure more than the same failure without exposure", () => {
    const base = [...outcomes("kms_key_rotation_enabled", "pass", 1), ...outcomes("s3_bucket_no_public_read", "pass", 3)];
    const hidden = computePostureScore([...base, ...outcomes("s3_bucket_no_public_read", "fail", 1)]).overall.score!;
    const exposed = computePostureScore([...base, ...outcomes("s3_bucket_no_public_read", "fail", 1, { exposure: "public" })]).overall.score!;
    expect(exposed).toBeLessThan(hidden);
  });

  it("lets one critical failure outweigh many low-severity failures", () => {
    const manyLow = computePostureScore([...outcomes("s3_bucket_versioning_enabled", "fail", 500), ...outcomes("iam_root_mfa_enabled", "pass", 1)]).overall.score!;
    const oneCritical = computePostureScore([...outcomes("s3_bucket_versioning_enabled", "pass", 500), ...outcomes("iam_root_mfa_enabled", "fail", 1)]).overall.score!;
    expect(oneCritical).toBeLessThan(manyLow);
  });
});
