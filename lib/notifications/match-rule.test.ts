import { describe, expect, it } from "vitest";
import { deliveryKey, matchesAnomalyRule, matchesRule, type MatchableEvent, type RuleFilter } from "./match-rule";
import { receiverUrlSchema } from "./receiver-url";

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

describe("matchesAnomalyRule", () => {
  it("needs the anomaly event, the severity, and no check or framework filter", () => {
    const anomalies = { ...rule, events: ["anomaly"] };
    expect(matchesAnomalyRule(anomalies, { kind: "became_public", accountId: "123456789012" })).toBe(true);
    expect(matchesAnomalyRule(anomalies, { kind: "access_key_burst", accountId: "123456789012" })).toBe(false);
    expect(matchesAnomalyRule(rule, { kind: "became_public", accountId: "123456789012" })).toBe(false);
    expect(matchesAnomalyRule({ ...anomalies, checkIds: ["x"] }, { kind: "became_public", accountId: "123456789012" })).toBe(false);
    expect(matchesAnomalyRule({ ...anomalies, accountIds: ["999999999999"] }, { kind: "became_public", accountId: "123456789012" })).toBe(false);
  });
});

describe("deliveryKey", () => {
  it("is the same for the same rule, finding and opening, but new for each scan's regression", () => {
    expect(deliveryKey("r", "f", "opened", "s1")).toBe(deliveryKey("r", "f", "opened", "s2"));
    expect(deliveryKey("r", "f", "regressed", "s1")).not.toBe(deliveryKey("r", "f", "regressed", "s2"));
  });
});

describe("receiver URLs", () => {
  it("accept http(s) receivers, including local ones, but never metadata endpoints or other schemes", () => {
    expect(receiverUrlSchema.safeParse("https://hooks.slack.com/services/T/B/X").success).toBe(true);
    expect(receiverUrlSchema.safeParse("http://127.0.0.1:8080/hook").success).toBe(true);
    expect(receiverUrlSchema.safeParse("http://169.254.169.254/latest/meta-data/").success).toBe(false);
    expect(receiverUrlSchema.safeParse("http://[fd00:ec2::254]/").success).toBe(false);
    expect(receiverUrlSchema.safeParse("file:///etc/passwd").success).toBe(false);
  });
});
