import { describe, expect, it } from "vitest";
import type { PrincipalAnalysis } from "@/lib/iam/analyze-account-iam";
import type { IamRisk } from "@/lib/iam/risks/iam-risk";
import { exportSuggestion } from "./export-suggestion";
import { findGrantingStatement } from "./find-granting-statement";
import { toPrincipalRow } from "./to-principal-row";

const managed = { kind: "managed" as const, arn: "arn:aws:iam::aws:policy/PowerUserAccess", name: "PowerUserAccess", viaGroup: "developers" };
const risk = (category: IamRisk["category"], severity: IamRisk["severity"]): IamRisk => ({
  category, severity, title: category, actions: [], actionCount: 0, conditional: false,
  statements: [{ source: managed, statementIndex: 1, sid: null, effect: "Allow" }],
});
const principal: PrincipalAnalysis = {
  arn: "arn:aws:iam::123456789012:user/bob",
  name: "bob",
  kind: "user",
  fullAdmin: false,
  permissions: { allowedActions: 12, conditionalActions: 1, services: [] },
  risks: [risk("data-exfiltration", "high"), risk("service-wildcard", "medium"), risk("data-exfiltration", "low")],
  escalationPaths: [],
  suggestion: { state: "not-enough-evidence", reason: "no service-last-accessed data was collected for this principal" },
};

describe("toPrincipalRow", () => {
  it("derives the list columns from the engine's result", () => {
    const row = toPrincipalRow(principal, []);
    expect(row).toMatchObject({
      riskCategories: ["data-exfiltration", "service-wildcard"], topSeverity: "high", riskCount: 3, escalationCount: 0,
      allowedActions: 12, suggestionState: "not-enough-evidence",
    });
    expect(toPrincipalRow({ ...principal, risks: [] }, []).topSeverity).toBeNull();
  });
});

describe("findGrantingStatement", () => {
  it("finds a referenced statement in the stored documents, a lone statement object included", () => {
    const policies = [
      { source: { ...managed, viaGroup: null }, document: { Statement: [{ Sid: "direct" }, { Sid: "direct-1" }] } },
      { source: managed, document: { Statement: [{ Sid: "a" }, { Sid: "b" }] } },
      { source: { kind: "inline" as const, arn: null, name: "one", viaGroup: null }, document: { Statement: { Sid: "only" } } },
    ];
    expect(findGrantingStatement(policies, risk("data-exfiltration", "high").statements[0]!)).toEqual({ Sid: "b" });
    expect(findGrantingStatement(policies, { source: policies[2]!.source, statementIndex: 0, sid: null, effect: "Allow" })).toEqual({ Sid: "only" });
    expect(findGrantingStatement(policies, { source: policies[2]!.source, statementIndex: 3, sid: null, effect: "Allow" })).toBeNull();
  });
});

describe("exportSuggestion", () => {
  it("refuses when the suggestion is not a replacement policy", () => {
    expect(() => exportSuggestion(principal, "json")).toThrow(/bob has no replacement policy to download \(suggestion: not-enough-evidence/);
  });

  it("names the file after the principal and ends it with a newline", () => {
    const policy = { Version: "2012-10-17" as const, Statement: [{ Sid: "Used1", Effect: "Allow" as const, Action: ["s3:GetObject"], Resource: ["*"] }] };
    const replace = {
      ...principal, name: "app/role",
      suggestion: {
        state: "replace" as const, reason: "", windowDays: 90, usedActions: ["s3:getobject"], policy, terraform: "resource {}",
        removed: [], proof: { verified: true, lostUsedActions: [], widenedActions: [], checkedActions: 1 },
      },
    } as PrincipalAnalysis;
    expect(exportSuggestion(replace, "json")).toEqual({ filename: "app_role-least-privilege.json", contentType: "application/json; charset=utf-8", body: `${JSON.stringify(policy, null, 2)}\n` });
    expect(exportSuggestion(replace, "terraform")).toMatchObject({ filename: "app_role-least-privilege.tf", body: "resource {}\n" });
  });
});
