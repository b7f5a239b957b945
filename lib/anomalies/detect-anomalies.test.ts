import { describe, expect, it } from "vitest";
import type { ResourceHistory } from "./anomaly-signal";
import { detectAccessKeyBurst } from "./detect-access-key-burst";
import { detectAnomalies } from "./detect-anomalies";
import { detectBecamePublic } from "./detect-became-public";
import { detectNewExternalTrust } from "./detect-new-external-trust";
import { detectPermissionGrowth } from "./detect-permission-growth";
import { measurePermissionBreadth } from "./measure-permission-breadth";

const ACCOUNT = "111122223333";
const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const window = { since: day(20), until: day(21) };

function history(type: string, name: string, versions: [number, Record<string, unknown>][]): ResourceHistory {
  return { arn: `arn:${type}:${name}`, accountId: ACCOUNT, type, name, versions: versions.map(([d, configuration]) => ({ at: day(d), configuration })) };
}
const inline = (...actions: string[]) => ({ PolicyDocument: { Statement: [{ Effect: "Allow", Action: actions, Resource: "*" }] } });
const role = (actions: string[], attached: string[] = [], trust: string[] = []) => ({
  Role: {
    RolePolicyList: actions.length ? [inline(...actions)] : [],
    AttachedManagedPolicies: attached.map((arn) => ({ PolicyArn: arn })),
    AssumeRolePolicyDocument: { Statement: trust.map((account) => ({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: "sts:AssumeRole" })) },
  },
});
const actions = (n: number) => Array.from({ length: n }, (_, i) => `s3:Action${i}`);

describe("measurePermissionBreadth", () => {
  it("counts attached policies and distinct inline actions, and spots administrators", () => {
    expect(measurePermissionBreadth(role(["s3:GetObject", "S3:getobject", "s3:PutObject"], ["arn:aws:iam::aws:policy/ReadOnlyAccess"]))).toEqual({
      attachedPolicies: 1, inlineActions: 2, total: 3, administrator: false,
    });
    expect(measurePermissionBreadth(role(["*"])).administrator).toBe(true);
    expect(measurePermissionBreadth(role([], ["arn:aws:iam::aws:policy/AdministratorAccess"])).administrator).toBe(true);
  });
});

describe("detectPermissionGrowth", () => {
  it("flags growth far above the account's usual increase, with that baseline", () => {
    const histories = [
      history("AWS::IAM::Role", "steady", [[1, role(actions(2))], [5, role(actions(4))], [10, role(actions(6))]]),
      history("AWS::IAM::Role", "jumpy", [[1, role(actions(2))], [20, role(actions(14))]]),
    ];
    const [signal, ...rest] = detectPermissionGrowth(histories, window);
    expect(rest).toEqual([]);
    expect(signal).toMatchObject({ kind: "permission_growth", resourceName: "jumpy", observed: 12, baseline: { value: 2, observations: 2 } });
    expect(signal?.explanation).toContain("from 2 to 14 permissions");
    expect(signal?.explanation).toContain("6 times the account's mean increase of 2");
  });

  it("does not flag growth in line with the account's history", () => {
    const histories = [
      history("AWS::IAM::Role", "a", [[1, role(actions(2))], [5, role(actions(8))]]),
      history("AWS::IAM::Role", "b", [[1, role(actions(2))], [20, role(actions(9))]]),
    ];
    expect(detectPermissionGrowth(histories, window)).toEqual([]);
  });

  it("always flags a principal becoming an administrator", () => {
    const histories = [history("AWS::IAM::User", "bob", [[1, { User: { UserPolicyList: [inline("s3:GetObject")] } }], [20, { User: { UserPolicyList: [inline("*")] } }]])];
    expect(detectPermissionGrowth(histories, window)).toMatchObject([{ summary: "bob became an administrator", observed: 0 }]);
  });
});

describe("detectBecamePublic", () => {
  const bucket = (isPublic: boolean, block = false) => ({
    PolicyStatus: { IsPublic: isPublic },
    PublicAccessBlock: block ? { RestrictPublicBuckets: true, IgnorePublicAcls: true } : null,
    Acl: { Grants: [] },
  });

  it("flags a bucket turning public, with how many were public before", () => {
    const histories = [
      history("AWS::S3::Bucket", "assets", [[1, bucket(false)], [20, bucket(true)]]),
      history("AWS::S3::Bucket", "site", [[1, bucket(true)]]),
      history("AWS::S3::Bucket", "logs", [[1, bucket(false)]]),
    ];
    expect(detectBecamePublic(histories, window)).toMatchObject([
      { kind: "became_public", resourceName: "assets", baseline: { description: "1 of 3 buckets in this account were public before this window; none turned public earlier in the recorded history." } },
    ]);
  });

  it("ignores a public policy that Block Public Access neutralises, and changes outside the window", () => {
    expect(detectBecamePublic([history("AWS::S3::Bucket", "a", [[1, bucket(false)], [20, bucket(true, true)]])], window)).toEqual([]);
    expect(detectBecamePublic([history("AWS::S3::Bucket", "a", [[1, bucket(false)], [10, bucket(true)]])], window)).toEqual([]);
  });

  it("flags a key policy opened to everyone", () => {
    const key = (principal: unknown) => ({ KeyPolicy: { Statement: [{ Effect: "Allow", Principal: principal, Action: "kms:Decrypt", Resource: "*" }] } });
    const histories = [history("AWS::KMS::Key", "k", [[1, key({ AWS: `arn:aws:iam::${ACCOUNT}:root` })], [20, key("*")]])];
    expect(detectBecamePublic(histories, window)).toMatchObject([{ summary: "key k became public" }]);
  });
});

describe("detectNewExternalTrust", () => {
  it("flags a trust to an account no role trusted before, not one already known", () => {
    const histories = [
      history("AWS::IAM::Role", "partner", [[1, role([], [], ["444455556666"])]]),
      history("AWS::IAM::Role", "deploy", [[1, role([], [], [ACCOUNT])], [20, role([], [], [ACCOUNT, "444455556666", "999988887777"])]]),
    ];
    const signals = detectNewExternalTrust(histories, window);
    expect(signals).toMatchObject([{ resourceName: "deploy", summary: "deploy now trusts unknown account 999988887777", baseline: { value: 1 } }]);
    expect(detectNewExternalTrust(histories, window, { knownAccounts: ["999988887777"] })).toEqual([]);
  });

  it("judges a role created inside the window too", () => {
    const histories = [history("AWS::IAM::Role", "fresh", [[20, role([], [], ["999988887777"])]])];
    expect(detectNewExternalTrust(histories, window)).toHaveLength(1);
  });
});

describe("detectAccessKeyBurst", () => {
  const user = (name: string, created: string[]) =>
    history("AWS::IAM::User", name, [[20, { User: {}, AccessKeys: created.map((at, i) => ({ AccessKeyId: `AKIA${name}${i}`, CreateDate: at })) }]]);

  it("flags many keys in a day against a quiet baseline", () => {
    const histories = [user("a", ["2026-11-20T01:00:00Z", "2026-11-20T02:00:00Z"]), user("b", ["2026-11-20T03:00:00Z", "2026-09-01T00:00:00Z"])];
    const [signal] = detectAccessKeyBurst(histories, window);
    expect(signal).toMatchObject({ kind: "access_key_burst", observed: 3, resourceName: "a, b", baseline: { observations: 1 } });
    expect(signal?.explanation).toContain("about 0 would be expected");
  });

  it("does not flag an account that usually creates that many keys", () => {
    const usual = Array.from({ length: 270 }, (_, i) => new Date(day(20).getTime() - (i + 1) * 8 * 3_600_000).toISOString());
    const histories = [user("ci", [...usual, "2026-11-20T01:00:00Z", "2026-11-20T02:00:00Z", "2026-11-20T03:00:00Z"])];
    expect(detectAccessKeyBurst(histories, window)).toEqual([]);
  });
});

describe("detectAnomalies", () => {
  it("returns every detector's signals, newest first", () => {
    const histories = [
      history("AWS::IAM::Role", "r", [[1, role([])], [20, role(["*"])]]),
      history("AWS::S3::Bucket", "b", [[1, { PolicyStatus: { IsPublic: false } }], [21, { PolicyStatus: { IsPublic: true } }]]),
    ];
    expect(detectAnomalies(histories, window).map((signal) => signal.kind)).toEqual(["became_public", "permission_growth"]);
  });
});
