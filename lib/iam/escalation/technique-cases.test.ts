import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { findEscalationPaths } from "@/lib/iam/escalation/find-escalation-paths";
import { TECHNIQUES } from "@/lib/iam/escalation/technique-catalogue";
import { buildIamModel } from "@/lib/iam/model/build-iam-model";
import { readAuthorizationDetails } from "@/lib/iam/model/read-authorization-details";

interface TechniqueCase {
  name: string;
  input: {
    authorizationDetails: unknown;
    userCredentials: Record<string, { accessKeys: number; loginProfile: boolean }>;
    functions: { name: string; role: string }[];
    scps: unknown[][];
  };
  expected: { technique: string; escalates: string[]; quiet: string[]; decoy: string };
}

const dir = join(import.meta.dirname, "..", "cases", "techniques");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as TechniqueCase);

function recordsOf(input: TechniqueCase["input"]): ResourceRecord[] {
  const records = readAuthorizationDetails(input.authorizationDetails);
  for (const r of records) {
    const creds = input.userCredentials[r.name];
    if (r.type === "AWS::IAM::User" && creds) {
      r.configuration.AccessKeys = Array.from({ length: creds.accessKeys }, (_, i) => ({ AccessKeyId: `AKIA${i}`, Status: "Active" }));
      r.configuration.LoginProfile = creds.loginProfile ? { CreateDate: "2024-01-01T00:00:00Z" } : null;
    }
  }
  for (const fn of input.functions) {
    records.push({ arn: `arn:aws:lambda:us-east-1:123456789012:function:${fn.name}`, accountId: "123456789012", region: "us-east-1", service: "lambda", type: "AWS::Lambda::Function", name: fn.name, configuration: { Configuration: { FunctionName: fn.name, Role: fn.role }, Policy: null } });
  }
  return records;
}

describe("escalation technique cases", () => {
  it("cover every technique of the catalogue, which covers all 65 of pathfinding.cloud", () => {
    const index = JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "pathfinding", "technique-index.json"), "utf8")) as { id: string }[];
    expect(index).toHaveLength(65);
    const ids = new Set(TECHNIQUES.map((t) => t.id));
    expect(index.filter((t) => !ids.has(t.id)).map((t) => t.id)).toEqual([]);
    expect(cases.map((c) => c.expected.technique).sort()).toEqual([...ids].sort());
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const model = buildIamModel(recordsOf(c.input), { scps: c.input.scps, lambdaCollected: true });
    const { paths } = findEscalationPaths(model, { now: new Date("2026-01-01T00:00:00Z") });
    for (const arn of c.expected.escalates) {
      const found = paths.get(arn) ?? [];
      expect(found.map((p) => p.hops[0]?.technique), `${arn} escalates via ${c.expected.technique}`).toContain(c.expected.technique);
    }
    for (const arn of c.expected.quiet) expect(paths.get(arn) ?? [], `${arn} (${c.expected.decoy}) stays quiet`).toEqual([]);
  });
});
