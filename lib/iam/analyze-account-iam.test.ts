import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { analyzeAccountIam } from "@/lib/iam/analyze-account-iam";
import { findWhoCan } from "@/lib/iam/effective/find-who-can";
import { buildIamModel } from "@/lib/iam/model/build-iam-model";
import { readAuthorizationDetails } from "@/lib/iam/model/read-authorization-details";
import { parsePolicy } from "@/lib/policy/parse-policy";

const ACCOUNT = "111122223333";
const NOW = new Date("2026-01-01T00:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

function role(name: string, statements: unknown[], extra: Record<string, unknown> = {}, trust: unknown[] = [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }]): ResourceRecord {
  const arn = `arn:aws:iam::${ACCOUNT}:role/${name}`;
  return {
    arn, accountId: ACCOUNT, region: "global", service: "iam", type: "AWS::IAM::Role", name,
    configuration: {
      Role: { RoleName: name, Arn: arn, Path: "/", CreateDate: daysAgo(400), AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: trust }, RolePolicyList: [{ PolicyName: "inline", PolicyDocument: { Version: "2012-10-17", Statement: statements } }], AttachedManagedPolicies: [], InstanceProfileList: [], RoleLastUsed: { LastUsedDate: daysAgo(1) } },
      ...extra,
    },
  };
}

const usage = (services: { ServiceNamespace: string; LastAuthenticated: string | null; TrackedActionsLastAccessed?: unknown[] }[]) => ({ ServiceLastAccessed: { JobCompletionDate: NOW.toISOString(), Services: services } });

describe("analyzeAccountIam", () => {
  it("reports risks with the statements that grant them", () => {
    const result = analyzeAccountIam(
      [
        role("reader", [{ Sid: "ReadAll", Effect: "Allow", Action: ["s3:GetObject", "kms:Decrypt"], Resource: "*" }, { Effect: "Allow", NotAction: "iam:*", NotResource: "arn:aws:s3:::x" }]),
        role("scoped", [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::mine/*" }]),
        role("open", [], {}, [{ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole" }]),
        role("vendor", [], {}, [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::999988887777:root" }, Action: "sts:AssumeRole" }]),
        role("vendor-ok", [], {}, [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::999988887777:root" }, Action: "sts:AssumeRole", Condition: { StringEquals: { "sts:ExternalId": "x1" } } }]),
        role("github", [], {}, [{ Effect: "Allow", Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` }, Action: "sts:AssumeRoleWithWebIdentity", Condition: { StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } } }]),
        role("admin", [{ Effect: "Allow", Action: "*", Resource: "*" }]),
      ],
      { now: NOW },
    );
    const by = (name: string) => result.principals.find((p) => p.name === name);
    const categories = (name: string) => by(name)?.risks.map((r) => r.category) ?? [];
    const exfil = by("reader")?.risks.find((r) => r.category === "data-exfiltration");
    expect(exfil?.actions).toEqual(expect.arrayContaining(["s3:GetObject", "kms:Decrypt"]));
    expect(exfil?.statements.map((s) => s.sid)).toContain("ReadAll");
    expect(categories("reader")).toEqual(expect.arrayContaining(["not-action-allow", "not-resource-allow"]));
    expect(categories("scoped")).not.toContain("data-exfiltration");
    expect(categories("open")).toContain("trust-anyone");
    expect(categories("vendor")).toContain("trust-third-party-without-external-id");
    expect(categories("vendor-ok")).toEqual([]);
    expect(categories("github")).toContain("trust-oidc-without-subject");
    expect(by("admin")?.fullAdmin).toBe(true);
    expect(categories("admin")).toContain("full-admin");
    expect(() => JSON.parse(JSON.stringify(result))).not.toThrow();
  });

  it("suggests a narrower policy that keeps used actions and resource scoping, proved by simulation", () => {
    const records = [
      role("app", [
        { Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::app-bucket/*" },
        { Effect: "Allow", Action: ["dynamodb:*", "sqs:*"], Resource: "*" },
        { Effect: "Allow", Action: "iam:PassRole", Resource: "*" },
      ], usage([
        { ServiceNamespace: "s3", LastAuthenticated: daysAgo(3), TrackedActionsLastAccessed: [{ ActionName: "GetObject", LastAccessedTime: daysAgo(3) }, { ActionName: "PutObject", LastAccessedTime: daysAgo(200) }] },
        { ServiceNamespace: "dynamodb", LastAuthenticated: daysAgo(10) },
        { ServiceNamespace: "sqs", LastAuthenticated: daysAgo(150) },
        { ServiceNamespace: "iam", LastAuthenticated: null },
      ])),
      role("idle", [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }], { Role: { ...(role("x", []).configuration.Role as object), RoleName: "idle", Arn: `arn:aws:iam::${ACCOUNT}:role/idle`, RoleLastUsed: { LastUsedDate: daysAgo(300) } } }),
      role("unknown", [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }]),
    ];
    const result = analyzeAccountIam(records, { now: NOW, window: 90 });
    const app = result.principals.find((p) => p.name === "app")?.suggestion;
    expect(app?.state).toBe("replace");
    if (app?.state !== "replace") return;
    const allows = app.policy.Statement.filter((s) => s.Effect === "Allow");
    expect(allows).toContainEqual(expect.objectContaining({ Action: ["s3:GetObject"], Resource: ["arn:aws:s3:::app-bucket/*"] }));
    const granted = allows.flatMap((s) => s.Action as string[]);
    expect(granted).toContain("dynamodb:Query");
    expect(granted.some((a) => a.startsWith("sqs:") || a.startsWith("iam:") || a === "s3:PutObject")).toBe(false);
    expect(app.proof).toMatchObject({ verified: true, lostUsedActions: [], widenedActions: [] });
    expect(app.removed[0]?.risk).toBe("privilege-escalation");
    expect(app.removed[0]?.actions).toContain("iam:PassRole");
    expect(app.terraform).toContain('data "aws_iam_policy_document" "app_least_privilege"');
    expect(app.terraform).toContain('"arn:aws:s3:::app-bucket/*"');
    expect(result.principals.find((p) => p.name === "idle")?.suggestion.state).toBe("remove");
    expect(result.principals.find((p) => p.name === "unknown")?.suggestion.state).toBe("not-enough-evidence");
  });

  it("collects parse problems without failing the analysis", () => {
    const broken = role("broken", [{ Effect: "Perhaps", Action: "*", Resource: "*" }]);
    const result = analyzeAccountIam([broken], { now: NOW });
    expect(result.problems.some((p) => p.message.includes("Effect must be"))).toBe(true);
    expect(result.principals[0]?.permissions.allowedActions).toBe(0);
  });
});

describe("findWhoCan", () => {
  it("answers who can do an action on a resource, with bucket policies and trust policies", () => {
    const records = [
      role("reader", [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::data/*" }]),
      role("other", [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::logs/*" }]),
      role("named", []),
      { arn: "arn:aws:s3:::data", accountId: ACCOUNT, region: "us-east-1", service: "s3", type: "AWS::S3::Bucket", name: "data", configuration: { Policy: { Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/named` }, Action: "s3:GetObject", Resource: "arn:aws:s3:::data/*" }] } } },
    ] as ResourceRecord[];
    const model = buildIamModel(records);
    expect(findWhoCan(model, "s3:GetObject", "arn:aws:s3:::data/report.csv", { now: NOW }).map((a) => a.principal.split("/").pop()).sort()).toEqual(["named", "reader"]);
  });

  it("runs on the small cloudsplaining dump", () => {
    const dump = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "cloudsplaining", "small-account-authorization-details.json"), "utf8"));
    const result = analyzeAccountIam(readAuthorizationDetails(dump), { now: NOW });
    expect(result.principals.length).toBeGreaterThan(0);
    expect(result.principals.every((p) => p.permissions.allowedActions >= 0)).toBe(true);
  });

  it("parses role trust policies as resource policies", () => {
    expect(parsePolicy({ Statement: [{ Effect: "Allow", Action: "sts:AssumeRole" }] }, { kind: "trust", arn: null, name: "t", viaGroup: null }, { kind: "resource" }).problems[0]?.message).toContain("Principal");
  });
});
