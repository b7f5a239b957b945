import { describe, expect, it } from "vitest";
import { evaluateRequest } from "@/lib/iam/evaluate/evaluate-request";
import { expandActionPattern, getCatalogueAction } from "@/lib/policy/action-catalogue";
import { parsePolicy } from "@/lib/policy/parse-policy";

const source = { kind: "inline" as const, arn: null, name: "p", viaGroup: null };

describe("parsePolicy", () => {
  it.each([
    ["not JSON", "{nope", "not valid JSON"],
    ["a number", 42, "not a JSON object"],
    ["no Statement", { Version: "2012-10-17" }, "no Statement"],
    ["a bad Effect", { Statement: [{ Effect: "Maybe", Action: "*", Resource: "*" }] }, "Effect must be"],
    ["Action and NotAction", { Statement: [{ Effect: "Allow", Action: "*", NotAction: "s3:*", Resource: "*" }] }, "exactly one of Action"],
    ["no Resource", { Statement: [{ Effect: "Allow", Action: "s3:*" }] }, "needs Resource"],
    ["a malformed action", { Statement: [{ Effect: "Allow", Action: "s3 GetObject", Resource: "*" }] }, "not of the form"],
    ["a non-object condition", { Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*", Condition: "x" }] }, "Condition is not an object"],
  ])("reports %s as a problem and never throws", (_, doc, message) => {
    const parsed = parsePolicy(doc, source);
    expect(parsed.problems.map((p) => p.message).join("\n")).toContain(message);
    const d = evaluateRequest({ identity: [parsed] }, { principal: { arn: "a", accountId: null, kind: "user" }, action: "s3:GetObject", resource: "*", context: {} });
    expect(d.decision).toBe("denied");
  });

  it("accepts single statements, JSON text and URL-encoded documents", () => {
    const doc = { Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "*" } };
    expect(parsePolicy(doc, source).statements).toHaveLength(1);
    expect(parsePolicy(JSON.stringify(doc), source).statements).toHaveLength(1);
    expect(parsePolicy(encodeURIComponent(JSON.stringify(doc)), source).statements).toHaveLength(1);
  });

  it("warns about actions the AWS catalogue does not know", () => {
    const parsed = parsePolicy({ Statement: [{ Effect: "Allow", Action: "s3:GetObjekt", Resource: "*" }] }, source);
    expect(parsed.problems[0]).toMatchObject({ severity: "warning", statementIndex: 0 });
  });

  it("reads composite access levels and resource types from the catalogue", () => {
    expect(getCatalogueAction("iam:createpolicyversion")).toMatchObject({ action: "iam:CreatePolicyVersion", accessLevels: ["Permissions management", "Write"], resourceTypes: ["policy"] });
    expect(expandActionPattern("iam:PutRole*").map((a) => a.action)).toEqual(expect.arrayContaining(["iam:PutRolePolicy", "iam:PutRolePermissionsBoundary"]));
  });
});
