import { describe, expect, it } from "vitest";
import type { CheckDefinition } from "@/lib/checks/check-definition";
import { evaluateInventory } from "@/lib/checks/evaluate-inventory";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

const ACCOUNT = "111122223333";
const bucket: ResourceRecord = {
  arn: "arn:aws:s3:::data",
  accountId: ACCOUNT,
  region: "eu-west-1",
  service: "s3",
  type: "AWS::S3::Bucket",
  name: "data",
  configuration: {
    Policy: { Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::data/*" }] },
    PolicyStatus: { IsPublic: true },
    Acl: { Grants: [] },
    PublicAccessBlock: null,
    OwnershipControls: null,
    Encryption: null,
    Versioning: {},
    Logging: null,
    Lifecycle: null,
    ObjectLock: null,
    Replication: null,
  },
};
const user: ResourceRecord = {
  arn: `arn:aws:iam::${ACCOUNT}:user/bob`,
  accountId: ACCOUNT,
  region: "global",
  service: "iam",
  type: "AWS::IAM::User",
  name: "bob",
  configuration: {
    User: { UserName: "bob", AttachedManagedPolicies: [], UserPolicyList: [] },
    LoginProfile: null,
    MFADevices: [],
    AccessKeys: [{ AccessKeyId: "AKIA1", Status: "Active", CreateDate: "2026-01-01T00:00:00Z", LastUsedDate: "2026-05-30T00:00:00Z" }],
    Credentials: null,
  },
};
const now = new Date("2026-06-01T00:00:00Z");

describe("evaluateInventory", () => {
  it("runs each check on resources of its type only, copying the check's identity into the outcome", () => {
    const outcomes = evaluateInventory([bucket, user], { now, accountId: ACCOUNT });
    expect(outcomes.every((o) => (o.resourceType === "AWS::S3::Bucket") === o.checkId.startsWith("s3_bucket"))).toBe(true);
    expect(outcomes.find((o) => o.checkId === "s3_bucket_no_public_read")).toMatchObject({
      status: "fail",
      severity: "critical",
      service: "s3",
      region: "eu-west-1",
      resourceArn: "arn:aws:s3:::data",
      evidence: { exposure: "public" },
    });
    expect(outcomes.some((o) => o.status === "unknown")).toBe(false);
  });

  it("merges partial settings over the defaults", () => {
    const rotation = (days: number) =>
      evaluateInventory([user], { now, accountId: ACCOUNT, settings: { accessKeyRotationDays: days } }).find((o) => o.checkId === "iam_user_access_key_rotated")?.status;
    expect(rotation(90)).toBe("fail"); // 151 days old
    expect(rotation(200)).toBe("pass");
  });

  it("turns a throwing check into an unknown outcome instead of throwing", () => {
    const broken: CheckDefinition = {
      id: "s3_broken",
      title: "Broken check",
      service: "s3",
      resourceType: "AWS::S3::Bucket",
      severity: "low",
      rationale: "r",
      remediation: { console: [], cli: "", terraform: "" },
      compliance: [],
      evaluate: () => {
        throw new Error("boom");
      },
    };
    const outcomes = evaluateInventory([bucket], { now, accountId: ACCOUNT, checks: [broken] });
    expect(outcomes).toEqual([expect.objectContaining({ checkId: "s3_broken", status: "unknown", reason: expect.stringContaining("boom") })]);
  });

  it("survives resources with empty or malformed configurations", () => {
    const weird: ResourceRecord[] = [
      { ...bucket, configuration: { Policy: "not json", Acl: 42, PublicAccessBlock: null, OwnershipControls: null } },
      { ...user, configuration: {} },
    ];
    const outcomes = evaluateInventory(weird, { now, accountId: ACCOUNT });
    expect(outcomes.length).toBeGreaterThan(10);
    expect(outcomes.every((o) => ["pass", "fail", "unknown", "not_applicable"].includes(o.status))).toBe(true);
  });

  it("turns a disabled check into not_applicable outcomes carrying the reason, so it opens no finding", () => {
    const outcomes = evaluateInventory([bucket], { now, accountId: ACCOUNT, disabledChecks: { s3_bucket_no_public_read: "Public website bucket, reviewed" } });
    const read = outcomes.filter((o) => o.checkId === "s3_bucket_no_public_read");
    expect(read).toEqual([expect.objectContaining({ status: "not_applicable", reason: "Disabled for this account: Public website bucket, reviewed" })]);
    expect(outcomes.find((o) => o.checkId === "s3_bucket_tls_only")?.status).toBe("fail");
  });

  it("excludes resources by ARN pattern, for one check or for every check", () => {
    const one = evaluateInventory([bucket, user], {
      now, accountId: ACCOUNT, exclusions: [{ checkId: "s3_bucket_no_public_read", resourcePattern: "arn:aws:s3:::d*", reason: "test data" }],
    });
    expect(one.find((o) => o.checkId === "s3_bucket_no_public_read")).toMatchObject({ status: "not_applicable", reason: "Excluded for this account: test data" });
    expect(one.find((o) => o.checkId === "s3_bucket_tls_only")?.status).toBe("fail");
    const all = evaluateInventory([bucket, user], { now, accountId: ACCOUNT, exclusions: [{ checkId: null, resourcePattern: "arn:aws:s3:::data", reason: "sandbox" }] });
    expect(all.filter((o) => o.resourceArn === "arn:aws:s3:::data").every((o) => o.status === "not_applicable")).toBe(true);
    expect(all.some((o) => o.resourceArn === user.arn && o.status !== "not_applicable")).toBe(true);
    const caseMismatch = evaluateInventory([bucket], { now, accountId: ACCOUNT, exclusions: [{ checkId: null, resourcePattern: "arn:aws:s3:::DATA", reason: "x" }] });
    expect(caseMismatch.find((o) => o.checkId === "s3_bucket_no_public_read")?.status).toBe("fail");
  });
});
