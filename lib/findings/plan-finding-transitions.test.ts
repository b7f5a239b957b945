import { describe, expect, it } from "vitest";
import {
  findingKey,
  planFindingTransitions,
  type EvaluatedOutcome,
  type ExistingFinding,
} from "./plan-finding-transitions";

const now = new Date("2026-06-01T00:00:00Z");
const outcome = (status: EvaluatedOutcome["status"], arn = "arn:aws:s3:::logs"): EvaluatedOutcome => ({
  checkId: "s3_bucket_versioning",
  resourceArn: arn,
  resourceType: "AWS::S3::Bucket",
  region: "us-east-1",
  service: "s3",
  status,
  severity: "medium",
  title: "S3 bucket versioning is enabled",
  reason: "because",
});
const existing = (status: ExistingFinding["status"], suppressedUntil: Date | null = null) =>
  new Map([
    [findingKey("s3_bucket_versioning", "arn:aws:s3:::logs"), {
      id: "f1", checkId: "s3_bucket_versioning", resourceArn: "arn:aws:s3:::logs", status, suppressedUntil,
    }],
  ]);

describe("planFindingTransitions", () => {
  it("opens a new finding for a first failure", () => {
    const plan = planFindingTransitions([outcome("fail")], new Map(), now);
    expect(plan.insert).toHaveLength(1);
    expect(plan.confirm).toHaveLength(0);
  });

  it("confirms an open finding that still fails, without a second row", () => {
    const plan = planFindingTransitions([outcome("fail")], existing("open"), now);
    expect(plan.insert).toHaveLength(0);
    expect(plan.confirm.map((c) => c.id)).toEqual(["f1"]);
  });

  it("resolves an open or in-progress finding whose check now passes", () => {
    for (const status of ["open", "in_progress"] as const) {
      const plan = planFindingTransitions([outcome("pass")], existing(status), now);
      expect(plan.resolve).toEqual([expect.objectContaining({ id: "f1", from: status })]);
    }
  });

  it("reopens a resolved finding as a regression", () => {
    const plan = planFindingTransitions([outcome("fail")], existing("resolved"), now);
    expect(plan.reopen).toEqual([expect.objectContaining({ id: "f1", kind: "regressed" })]);
  });

  it("respects a suppression until it expires, then reopens", () => {
    const future = new Date("2026-07-01T00:00:00Z");
    const past = new Date("2026-05-01T00:00:00Z");
    expect(planFindingTransitions([outcome("fail")], existing("suppressed", future), now).confirm).toHaveLength(1);
    expect(planFindingTransitions([outcome("fail")], existing("risk_accepted", null), now).confirm).toHaveLength(1);
    const expired = planFindingTransitions([outcome("fail")], existing("risk_accepted", past), now);
    expect(expired.reopen).toEqual([expect.objectContaining({ kind: "suppression_expired", from: "risk_accepted" })]);
  });

  it("leaves a finding alone when the verdict is unknown", () => {
    const plan = planFindingTransitions([outcome("unknown")], existing("open"), now);
    expect(plan).toEqual({ insert: [], confirm: [], reopen: [], resolve: [] });
  });

  it("does nothing for a passing resource that never failed", () => {
    const plan = planFindingTransitions([outcome("pass", "arn:aws:s3:::other")], existing("open"), now);
    expect(plan).toEqual({ insert: [], confirm: [], reopen: [], resolve: [] });
  });
});
