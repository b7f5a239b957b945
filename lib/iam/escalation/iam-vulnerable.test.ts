import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findEscalationPaths } from "@/lib/iam/escalation/find-escalation-paths";
import { TECHNIQUES } from "@/lib/iam/escalation/technique-catalogue";
import { buildIamModel } from "@/lib/iam/model/build-iam-model";
import { readAuthorizationDetails } from "@/lib/iam/model/read-authorization-details";
import { readIamVulnerablePaths } from "@/lib/iam/testing/read-iam-vulnerable-paths";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const paths = JSON.parse(readFileSync(join(fixtures, "iam-vulnerable", "paths.json"), "utf8")) as {
  paths: { id: string; technique: string; starting_principals: { type: "user" | "role"; name: string }[] }[];
  tool_testing: { id: string; expected_privesc: boolean; principals: { type: string; name: string }[] }[];
};
const now = new Date("2026-01-01T00:00:00Z");

// Which variant each path works for, reasoned from IAM's rules: a role cannot join a group or carry user
// policies, a user cannot attach a role policy to itself, and privesc2 needs a stored policy version that
// grants more than the default (the deployed account has none).
const USER_ONLY = new Set(["privesc7", "privesc8", "privesc10", "privesc11", "privesc13"]);
const ROLE_ONLY = new Set(["privesc9", "privesc12", "privesc-assumerole"]);
const NEITHER = new Set(["privesc2"]);

const expectedFor = (pathId: string, kind: "user" | "role") =>
  !NEITHER.has(pathId) && !(kind === "role" && USER_ONLY.has(pathId)) && !(kind === "user" && ROLE_ONLY.has(pathId));

function analyse(records: ReturnType<typeof readIamVulnerablePaths>) {
  const model = buildIamModel(records);
  const result = findEscalationPaths(model, { now });
  const byName = new Map(model.principals.map((p) => [p.name, p]));
  return { model, result, byName };
}

describe.each([
  ["paths.json (Terraform)", () => readIamVulnerablePaths(paths)],
  ["the deployed account dump", () => readAuthorizationDetails(JSON.parse(readFileSync(join(fixtures, "cloudsplaining", "iam-vulnerable-account-authorization-details.json"), "utf8")))],
])("iam-vulnerable ground truth on %s", (_, load) => {
  const { result, byName } = analyse(load());

  const cases = paths.paths.flatMap((p) => p.starting_principals.map((s) => ({ path: p.id, technique: p.technique, kind: s.type, name: s.name })));
  it.each(cases)("$path as $kind ($name)", ({ path, technique, kind, name }) => {
    const principal = byName.get(name);
    expect(principal, `${name} is in the account`).toBeDefined();
    const found = result.paths.get(principal?.arn ?? "") ?? [];
    if (!expectedFor(path, kind)) {
      expect(found.map((f) => f.hops.map((h) => h.technique))).toEqual([]);
      return;
    }
    const ids = TECHNIQUES.filter((t) => t.iamVulnerable?.includes(technique)).map((t) => t.id);
    expect(ids.length, `a Vigil technique covers ${technique}`).toBeGreaterThan(0);
    expect(found.some((f) => ids.includes(f.hops[0]?.technique ?? "")), `${name} escalates through ${ids.join("/")}`).toBe(true);
    for (const f of found) expect(f.hops.at(-1)?.to === "admin" || result.admins.has(f.hops.at(-1)?.to ?? "")).toBe(true);
  });

  it.each(paths.tool_testing.map((t) => ({ id: t.id, expected: t.expected_privesc, names: t.principals.map((p) => p.name) })))(
    "tool test $id (privesc expected: $expected)",
    ({ id, expected, names }) => {
      const escalating = names.filter((n) => result.paths.has(byName.get(n)?.arn ?? ""));
      if (expected) expect(escalating.length, `${id} found`).toBeGreaterThan(0);
      else expect(escalating).toEqual([]);
      // fn3's condition (aws:TokenIssueTime after 2020) holds for role sessions only, never for long-term user keys.
      if (id === "fn3") expect(escalating).toEqual(["fn3-exploitableConditionConstraint-role"]);
    },
  );

  it("shows multi-hop paths hop by hop", () => {
    const start = result.paths.get(byName.get("privesc-AssumeRole-starting-role")?.arn ?? "")?.[0];
    expect(start?.hops.map((h) => [h.technique, h.to.split("/").pop()])).toEqual([
      ["sts-001", "privesc-AssumeRole-intermediate-role"],
      ["sts-001", "privesc-AssumeRole-ending-role"],
    ]);
    const viaUser = result.paths.get(byName.get("privesc4-CreateAccessKey-user")?.arn ?? "")?.[0];
    expect(viaUser?.hops.length).toBeGreaterThanOrEqual(2);
    expect(viaUser?.hops[0]?.statements[0]?.source.arn).toContain("privesc4-CreateAccessKey");
  });
});
