import { describe, expect, it } from "vitest";
import {
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
const existing = (status: ExistingFinding["status"], suppressedUntil: Date | null = null): ExistingFinding[] => [
  { id: "f1", checkId: "s3_bucket_versioning", resourceArn: "arn:aws:s3:::logs", status, suppressedUntil },
];

describe("planFindingTransitions", () => {
  it("opens a new finding for a first failure", () => {
    const plan = planFindingTransitions([outcome("fail")], [], now);
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
    expect(plan).toEqual({ insert: [], confirm: [], reopen: [], resolve: [], unsee: [], closeDeleted: [], closeRetired: [] });
  });

  it("does nothing for a passing resource that never failed", () => {
    const plan = planFindingTransitions([outcome("pass", "arn:aws:s3:::other")], existing("open"), now);
    expect(plan).toEqual({ insert: [], confirm: [], reopen: [], resolve: [], unsee: [], closeDeleted: [], closeRetired: [] });
  });

  describe("writing only what changed", () => {
    const seen = (status: ExistingFinding["status"], fingerprint: string): ExistingFinding[] => [
      { ...existing(status)[0]!, seenInLatestScan: true, fingerprint },
    ];
    const fingerprint = (o: EvaluatedOutcome) => `${o.severity}|${o.title}|${o.reason}`;
    const same = fingerprint(outcome("fail"));

    it("leaves alone a finding that still fails and says the same", () => {
      expect(planFindingTransitions([outcome("fail")], seen("open", same), now, { fingerprint })).toEqual({
        insert: [], confirm: [], reopen: [], resolve: [], unsee: [], closeDeleted: [], closeRetired: [],
      });
    });

    it("rewrites one whose severity, title or evidence changed, or that was not marked as seen", () => {
      expect(planFindingTransitions([outcome("fail")], seen("open", "before"), now, { fingerprint }).confirm).toHaveLength(1);
      expect(planFindingTransitions([outcome("fail")], existing("open"), now, { fingerprint }).confirm).toHaveLength(1);
    });

    it("takes the mark from a finding not found failing: verdict unknown, no verdict, or already resolved by hand", () => {
      expect(planFindingTransitions([outcome("unknown")], seen("open", same), now, { fingerprint }).unsee).toEqual([{ id: "f1" }]);
      expect(planFindingTransitions([], seen("in_progress", same), now, { fingerprint }).unsee).toEqual([{ id: "f1" }]);
      expect(planFindingTransitions([outcome("pass")], seen("resolved", same), now, { fingerprint }).unsee).toEqual([{ id: "f1" }]);
      // Resolving takes the mark away itself.
      const resolved = planFindingTransitions([outcome("pass")], seen("open", same), now, { fingerprint });
      expect(resolved.resolve).toHaveLength(1);
      expect(resolved.unsee).toEqual([]);
    });

    it("closes the active or accepted findings of resources no longer in the inventory, and only those", () => {
      const isLive = () => false;
      expect(planFindingTransitions([], seen("suppressed", same), now, { fingerprint, isLive }).closeDeleted).toEqual([{ id: "f1", from: "suppressed" }]);
      const resolved = planFindingTransitions([], seen("resolved", same), now, { fingerprint, isLive });
      expect(resolved.closeDeleted).toEqual([]);
      expect(resolved.unsee).toEqual([{ id: "f1" }]);
      expect(planFindingTransitions([], existing("open"), now, { fingerprint }).closeDeleted).toEqual([]);
    });
  });

  it("closes the unresolved findings of a check Vigil no longer has, and leaves resolved ones alone", () => {
    const isKnownCheck = (checkId: string) => checkId !== "s3_bucket_versioning";
    expect(planFindingTransitions([], existing("open"), now, { isKnownCheck }).closeRetired).toEqual([{ id: "f1", from: "open" }]);
    expect(planFindingTransitions([], existing("risk_accepted"), now, { isKnownCheck }).closeRetired).toEqual([{ id: "f1", from: "risk_accepted" }]);
    expect(planFindingTransitions([], existing("resolved"), now, { isKnownCheck }).closeRetired).toEqual([]);
    expect(planFindingTransitions([], existing("open"), now).closeRetired).toEqual([]);
  });
});
