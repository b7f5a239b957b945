import { describe, expect, it } from "vitest";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { findEscalationPaths } from "@/lib/iam/escalation/find-escalation-paths";
import { buildIamModel } from "@/lib/iam/model/build-iam-model";

const A = "111122223333";
const NOW = new Date("2026-01-01T00:00:00Z");
const doc = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });
const inline = (statements: unknown[]) => (statements.length ? [{ PolicyName: "inline", PolicyDocument: doc(...statements) }] : []);

function user(name: string, statements: unknown[] = []): ResourceRecord {
  const arn = `arn:aws:iam::${A}:user/${name}`;
  return { arn, accountId: A, region: "global", service: "iam", type: "AWS::IAM::User", name, configuration: { User: { UserName: name, Arn: arn, Path: "/", GroupList: [], AttachedManagedPolicies: [], UserPolicyList: inline(statements) }, AccessKeys: [], LoginProfile: null } };
}

function role(name: string, trusted: unknown, statements: unknown[] = []): ResourceRecord {
  const arn = `arn:aws:iam::${A}:role/${name}`;
  return {
    arn, accountId: A, region: "global", service: "iam", type: "AWS::IAM::Role", name,
    configuration: { Role: { RoleName: name, Arn: arn, Path: "/", AssumeRolePolicyDocument: doc({ Effect: "Allow", Principal: trusted, Action: "sts:AssumeRole" }), AttachedManagedPolicies: [], RolePolicyList: inline(statements), InstanceProfileList: [] } },
  };
}

const ADMIN = { Effect: "Allow", Action: "*", Resource: "*" };

describe("findEscalationPaths: who can enter a role", () => {
  const model = buildIamModel([
    role("by-name", { AWS: `arn:aws:iam::${A}:user/dev` }, [ADMIN]),
    role("by-pattern", { AWS: `arn:aws:iam::${A}:user/ops-*` }, [ADMIN]),
    role("by-account", { AWS: `arn:aws:iam::${A}:root` }, [ADMIN]),
    role("victim", { AWS: `arn:aws:iam::${A}:user/modder` }, []),
    user("dev"),
    user("ops-1"),
    user("nobody"),
    user("assumer", [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }]),
    user("modder", [{ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: "*" }]),
    user("outsider-modder", [{ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: "*" }]),
  ]);
  const { paths } = findEscalationPaths(model, { now: NOW });
  const targets = (name: string) => (paths.get(`arn:aws:iam::${A}:user/${name}`) ?? []).map((p) => p.hops[0]?.via?.split("/").pop());

  it("lets a principal with no sts:AssumeRole Allow into roles whose trust policy names it or a pattern it matches", () => {
    expect(targets("dev")).toEqual(["by-name"]);
    expect(targets("ops-1")).toEqual(["by-pattern"]);
  });

  it("needs an identity Allow for roles that trust only the account", () => {
    expect(targets("nobody")).toEqual([]);
    expect(targets("assumer")).toContain("by-account");
    expect(targets("assumer")).not.toContain("by-name");
  });

  it("changes and enters a role only when the role's trust policy admits the changer", () => {
    const modder = paths.get(`arn:aws:iam::${A}:user/modder`) ?? [];
    expect(modder.map((p) => [p.hops[0]?.technique, p.hops[0]?.via?.split("/").pop()])).toContainEqual(["iam-014", "victim"]);
    expect(targets("outsider-modder")).toEqual([]);
  });
});

describe("findEscalationPaths: an account without administrators", () => {
  it("still finds self-escalation, and chains that end in it", () => {
    const model = buildIamModel([
      role("ops", { AWS: `arn:aws:iam::${A}:user/dev` }, [{ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: `arn:aws:iam::${A}:role/ops` }]),
      user("dev", [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::${A}:role/ops` }]),
      user("reader", [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }]),
    ]);
    const { admins, paths } = findEscalationPaths(model, { now: NOW });
    expect(admins.size).toBe(0);
    expect(paths.get(`arn:aws:iam::${A}:role/ops`)?.[0]?.hops.map((h) => h.technique)).toEqual(["iam-009"]);
    expect(paths.get(`arn:aws:iam::${A}:user/dev`)?.[0]?.hops.map((h) => h.technique)).toEqual(["sts-001", "iam-009"]);
    expect(paths.has(`arn:aws:iam::${A}:user/reader`)).toBe(false);
  });
});
