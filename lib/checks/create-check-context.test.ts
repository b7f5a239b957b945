import { describe, expect, it } from "vitest";
import { createCheckContext, createRecordingCheckContext } from "@/lib/checks/create-check-context";
import { evaluateInventory } from "@/lib/checks/evaluate-inventory";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

const A = "111122223333";
const NOW = new Date("2026-06-01T00:00:00Z");

function role(name: string, statements: unknown[]): ResourceRecord {
  const arn = `arn:aws:iam::${A}:role/${name}`;
  return {
    arn, accountId: A, region: "global", service: "iam", type: "AWS::IAM::Role", name,
    configuration: {
      Role: {
        RoleName: name, Arn: arn, Path: "/", AttachedManagedPolicies: [], InstanceProfileList: [],
        AssumeRolePolicyDocument: { Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: "sts:AssumeRole" }] },
        RolePolicyList: statements.length ? [{ PolicyName: "p", PolicyDocument: { Statement: statements } }] : [],
      },
    },
  };
}

describe("createCheckContext", () => {
  it("builds the IAM engine's model and escalation graph once, on first use, for every check and resource", () => {
    const context = createCheckContext([role("a", []), role("b", [])], { accountId: A, now: NOW });
    const model = context.analyses.iamModel();
    expect(context.analyses.iamModel()).toBe(model);
    const escalation = context.analyses.escalation();
    expect(context.analyses.escalation()).toBe(escalation);
    expect(escalation.model).toBe(model);
  });

  it("remembers a failing analysis instead of retrying it for every resource", () => {
    let reads = 0;
    const broken = { ...role("a", []), get configuration(): Record<string, unknown> { reads++; throw new Error("unreadable"); } } as ResourceRecord;
    const context = createCheckContext([broken], { accountId: A, now: NOW });
    expect(() => context.analyses.iamModel()).toThrow("unreadable");
    const after = reads;
    expect(() => context.analyses.iamModel()).toThrow("unreadable");
    expect(reads).toBe(after);
  });

  it("gives every role of an evaluation the same account-wide answer", () => {
    // "ops" can make itself administrator; "dev" can assume ops: a two-hop path only an account-wide view sees.
    const resources = [
      role("ops", [{ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: `arn:aws:iam::${A}:role/ops` }]),
      role("dev", [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::${A}:role/ops` }]),
      role("reader", [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }]),
    ];
    const outcomes = evaluateInventory(resources, { accountId: A, now: NOW }).filter((o) => o.checkId === "iam_role_no_privilege_escalation");
    expect(Object.fromEntries(outcomes.map((o) => [o.resourceArn.split("/").pop(), o.status]))).toEqual({ ops: "fail", dev: "fail", reader: "pass" });
    expect(outcomes.find((o) => o.resourceArn.endsWith("/dev"))?.reason).toContain("then iam:AttachRolePolicy");
  });

  it("records what each analysis read, and that the escalation graph depends on the clock only through a time condition", () => {
    const plain = createRecordingCheckContext([role("ops", [{ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: "*" }])], { accountId: A, now: NOW });
    plain.context.analyses.escalation();
    expect(plain.analysisReads.escalation.types).toContain("AWS::IAM::Role");
    expect(plain.analysisReads.escalation.now).toBe(false);

    const expiring = { Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: "*", Condition: { DateLessThan: { "aws:CurrentTime": "2027-01-01T00:00:00Z" } } };
    const timed = createRecordingCheckContext([role("ops", [expiring])], { accountId: A, now: NOW });
    timed.context.analyses.escalation();
    expect(timed.analysisReads.escalation.now).toBe(true);
  });
});
