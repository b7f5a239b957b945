import { describe, expect, it } from "vitest";
import type { PolicySet } from "@/lib/iam/evaluate/evaluate-request";
import { evaluateRequest } from "@/lib/iam/evaluate/evaluate-request";
import type { Request } from "@/lib/iam/evaluate/request";
import { parsePolicy } from "@/lib/policy/parse-policy";

const ACCOUNT = "111122223333";
const identity = (...statements: unknown[]) => parsePolicy({ Version: "2012-10-17", Statement: statements }, { kind: "inline", arn: null, name: "test", viaGroup: null });
const resourcePolicy = (...statements: unknown[]) =>
  parsePolicy({ Statement: statements }, { kind: "resource", arn: "arn:aws:s3:::b", name: "b", viaGroup: null }, { kind: "resource" });
const request = (action: string, resource: string, context: Request["context"] = {}, kind: "user" | "role" = "role"): Request => ({
  principal: { arn: `arn:aws:iam::${ACCOUNT}:${kind}/app`, accountId: ACCOUNT, kind },
  action,
  resource,
  context,
});
const decide = (set: PolicySet, req: Request) => evaluateRequest(set, req).decision;

describe("evaluateRequest", () => {
  it("allows what an identity policy allows and denies the rest implicitly", () => {
    const set = { identity: [identity({ Effect: "Allow", Action: "s3:Get*", Resource: "arn:aws:s3:::b/*" })] };
    expect(decide(set, request("s3:GetObject", "arn:aws:s3:::b/k"))).toBe("allowed");
    expect(decide(set, request("S3:getobject", "arn:aws:s3:::b/k"))).toBe("allowed");
    const denied = evaluateRequest(set, request("s3:PutObject", "arn:aws:s3:::b/k"));
    expect(denied).toMatchObject({ decision: "denied", reason: "implicit-deny" });
    expect(decide(set, request("s3:GetObject", "arn:aws:s3:::other/k"))).toBe("denied");
  });

  it("lets an explicit Deny in another policy win and names it", () => {
    const set = { identity: [identity({ Effect: "Allow", Action: "*", Resource: "*" }), identity({ Sid: "NoIam", Effect: "Deny", Action: "iam:*", Resource: "*" })] };
    const d = evaluateRequest(set, request("iam:CreateUser", "*"));
    expect(d).toMatchObject({ decision: "denied", reason: "explicit-deny" });
    expect(d.deniedBy[0]?.sid).toBe("NoIam");
  });

  it("honours NotAction and NotResource", () => {
    const set = { identity: [identity({ Effect: "Allow", NotAction: "iam:*", NotResource: "arn:aws:s3:::secret/*" })] };
    expect(decide(set, request("s3:GetObject", "arn:aws:s3:::b/k"))).toBe("allowed");
    expect(decide(set, request("s3:GetObject", "arn:aws:s3:::secret/k"))).toBe("denied");
    expect(decide(set, request("iam:PassRole", "*"))).toBe("denied");
  });

  it("caps identity grants with the permissions boundary and SCPs", () => {
    const admin = identity({ Effect: "Allow", Action: "*", Resource: "*" });
    const boundary = identity({ Effect: "Allow", Action: "s3:*", Resource: "*" });
    expect(evaluateRequest({ identity: [admin], boundary }, request("iam:CreateUser", "*")).reason).toBe("permissions-boundary");
    expect(decide({ identity: [admin], boundary }, request("s3:ListBucket", "arn:aws:s3:::b"))).toBe("allowed");
    const scps = [[identity({ Effect: "Allow", Action: "*", Resource: "*" })], [identity({ Effect: "Allow", Action: "ec2:*", Resource: "*" })]];
    expect(evaluateRequest({ identity: [admin], scps }, request("s3:ListBucket", "arn:aws:s3:::b")).reason).toBe("scp");
  });

  it("answers conditional with the undecided conditions, never guessing", () => {
    const set = { identity: [identity({ Effect: "Allow", Action: "s3:GetObject", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } })] };
    const d = evaluateRequest(set, request("s3:GetObject", "arn:aws:s3:::b/k"));
    expect(d.decision).toBe("conditional");
    expect(d.undecided[0]).toMatchObject({ key: "aws:SourceIp", values: ["10.0.0.0/8"] });
    expect(decide(set, request("s3:GetObject", "arn:aws:s3:::b/k", { "aws:sourceip": ["10.1.2.3"] }))).toBe("allowed");
    expect(decide(set, request("s3:GetObject", "arn:aws:s3:::b/k", { "aws:sourceip": ["192.168.0.1"] }))).toBe("denied");
  });

  it("treats an undecided Deny as conditional, not as allowed", () => {
    const set = {
      identity: [
        identity({ Effect: "Allow", Action: "s3:*", Resource: "*" }),
        identity({ Effect: "Deny", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
      ],
    };
    expect(decide(set, request("s3:GetObject", "arn:aws:s3:::b/k"))).toBe("conditional");
    expect(decide(set, request("s3:GetObject", "arn:aws:s3:::b/k", { "aws:securetransport": ["true"] }))).toBe("allowed");
  });

  it("decides aws:TokenIssueTime for role sessions and not for long-term user keys", () => {
    const after2020 = identity({ Effect: "Allow", Action: "iam:CreatePolicyVersion", Resource: "*", Condition: { DateGreaterThan: { "aws:TokenIssueTime": "2020-01-01T00:00:01Z" } } });
    const now = ["2026-01-01T00:00:00.000Z"];
    expect(decide({ identity: [after2020] }, request("iam:CreatePolicyVersion", "*", { "aws:tokenissuetime": now }))).toBe("allowed");
    expect(decide({ identity: [after2020] }, request("iam:CreatePolicyVersion", "*", { "aws:tokenissuetime": null }, "user"))).toBe("denied");
  });

  it("implements missing-key rules, IfExists, Null and set operators", () => {
    const stmt = (Condition: unknown) => ({ identity: [identity({ Effect: "Allow", Action: "s3:GetObject", Resource: "*", Condition })] });
    const r = (context: Request["context"]) => request("s3:GetObject", "arn:aws:s3:::b/k", context);
    expect(decide(stmt({ StringEquals: { "aws:username": "a" } }), r({ "aws:username": null }))).toBe("denied");
    expect(decide(stmt({ StringNotEquals: { "aws:username": "a" } }), r({ "aws:username": null }))).toBe("allowed");
    expect(decide(stmt({ StringEqualsIfExists: { "aws:username": "a" } }), r({ "aws:username": null }))).toBe("allowed");
    expect(decide(stmt({ Null: { "aws:username": "true" } }), r({ "aws:username": null }))).toBe("allowed");
    expect(decide(stmt({ "ForAllValues:StringEquals": { "aws:TagKeys": ["a", "b"] } }), r({ "aws:tagkeys": ["a", "c"] }))).toBe("denied");
    expect(decide(stmt({ "ForAnyValue:StringEquals": { "aws:TagKeys": ["a", "b"] } }), r({ "aws:tagkeys": ["a", "c"] }))).toBe("allowed");
    expect(decide(stmt({ StringLike: { "s3:prefix": "home/${aws:username}/*" } }), r({ "s3:prefix": ["home/bob/x"], "aws:username": ["bob"] }))).toBe("allowed");
    expect(decide(stmt({ StringLike: { "s3:prefix": "home/${aws:username}/*" } }), r({ "s3:prefix": ["home/bob/x"] }))).toBe("conditional");
    expect(decide(stmt({ NumericLessThan: { "s3:max-keys": "10" } }), r({ "s3:max-keys": ["5"] }))).toBe("allowed");
    expect(decide(stmt({ SomethingNew: { "aws:username": "a" } }), r({ "aws:username": ["a"] }))).toBe("conditional");
  });

  it("lets a resource policy naming the principal grant on its own, and one naming the account defer to IAM", () => {
    const direct = resourcePolicy({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` }, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" });
    const account = resourcePolicy({ Effect: "Allow", Principal: { AWS: ACCOUNT }, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" });
    expect(decide({ identity: [], resource: direct }, request("s3:GetObject", "arn:aws:s3:::b/k"))).toBe("allowed");
    expect(decide({ identity: [], resource: account }, request("s3:GetObject", "arn:aws:s3:::b/k"))).toBe("denied");
    const trust = parsePolicy({ Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "sts:AssumeRole" }] }, { kind: "trust", arn: null, name: "t", viaGroup: null }, { kind: "resource" });
    const canAssume = identity({ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" });
    const target = `arn:aws:iam::${ACCOUNT}:role/target`;
    expect(decide({ identity: [], resource: trust, resourceMode: "required" }, request("sts:AssumeRole", target))).toBe("denied");
    expect(decide({ identity: [canAssume], resource: trust, resourceMode: "required" }, request("sts:AssumeRole", target))).toBe("allowed");
    expect(decide({ identity: [canAssume], resource: null, resourceMode: "required" }, request("sts:AssumeRole", target))).toBe("denied");
  });

  it("treats a wildcard request resource as a name the caller chooses", () => {
    const scoped = identity({ Effect: "Allow", Action: "lambda:CreateFunction", Resource: `arn:aws:lambda:*:${ACCOUNT}:function:app-*` });
    const newFunction = `arn:aws:lambda:*:${ACCOUNT}:function:*`;
    expect(decide({ identity: [scoped] }, request("lambda:CreateFunction", newFunction))).toBe("allowed");
    const partialDeny = identity({ Effect: "Deny", Action: "lambda:*", Resource: `arn:aws:lambda:*:${ACCOUNT}:function:app-prod*` });
    expect(decide({ identity: [scoped, partialDeny] }, request("lambda:CreateFunction", newFunction))).toBe("allowed");
    const fullDeny = identity({ Effect: "Deny", Action: "lambda:*", Resource: "*" });
    expect(decide({ identity: [scoped, fullDeny] }, request("lambda:CreateFunction", newFunction))).toBe("denied");
  });
});
