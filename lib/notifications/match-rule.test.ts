import { describe, expect, it } from "vitest";
import { deliveryKey, matchesRule, type MatchableEvent, type RuleFilter } from "./match-rule";

const rule: RuleFilter = { events: [], minSeverity: "high", frameworks: [], accountIds: [], checkIds: [] };
const event: MatchableEvent = { kind: "opened", severity: "high", accountId: "123456789012", checkId: "s3_bucket_no_public_read", frameworks: ["cis-aws-7.0"] };

describe("matchesRule", () => {
  it("passes severity at or above the minimum, and nothing below", () => {
    expect(matchesRule(rule, event)).toBe(true);
    expect(matchesRule(rule, { ...event, severity: "critical" })).toBe(true);
    expect(matchesRule(rule, { ...event, severity: "medium" })).toBe(false);
  });

  it("filters by event kind, account, check and framework when they are set", () => {
    expect(matchesRule({ ...rule, events: ["regressed"] }, event)).toBe(false);
    expect(matchesRule({ ...rule, events: ["regressed"] }, { ...event, kind: "regressed" })).toBe(true);
    expect(matchesRule({ ...rule, accountIds: ["999999999999"] }, event)).toBe(false);
    expect(matchesRule({ ...rule, checkIds: ["s3_bucket_no_public_read"] }, event)).toBe(true);
    expect(matchesRule({ ...rule, checkIds: ["kms_key_not_public"] }, event)).toBe(false);
    expect(matchesRule({ ...rule, frameworks: ["aws-fsbp"] }, event)).toBe(false);
    expect(matchesRule({ ...rule, frameworks: ["aws-fsbp", "cis-aws-7.0"] }, event)).toBe(true);
  });
});

describe("deliveryKey", () => {
  it("is the same for the same rule, finding and opening, but new for each scan's regression", () => {
    expect(deliveryKey("r", "f", "opened", "s1")).toBe(deliveryKey("r", "f", "opened", "s2"));
    expect(deliveryKey("r", "f", "regressed", "s1")).not.toBe(deliveryKey("r", "f", "regressed", "s2"));
  });
});
