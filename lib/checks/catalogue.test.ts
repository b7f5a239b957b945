import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks/catalogue";
import { renderChecksDoc } from "@/lib/checks/render-checks-doc";
import { FRAMEWORKS } from "@/lib/compliance/frameworks";

const FIXTURES = join(import.meta.dirname, "fixtures");
const SEVERITIES = ["critical", "high", "medium", "low", "informational"];
const KNOWN_FRAMEWORKS = ["cis-aws-7.0", "cis-aws-5.0", "aws-fsbp", "nist-800-53-r5", "pci-dss-4.0"];

describe("check catalogue", () => {
  it("has unique, snake_case ids prefixed with the check's service", () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CHECKS) expect(c.id).toMatch(new RegExp(`^${c.service}_[a-z0-9_]+$`));
  });

  it("covers at least six checks per service", () => {
    for (const service of ["iam", "s3", "lambda", "kms"]) {
      expect(CHECKS.filter((c) => c.service === service).length, service).toBeGreaterThanOrEqual(6);
    }
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))("%s is complete", (_id, c) => {
    expect(SEVERITIES).toContain(c.severity);
    expect(c.title.length).toBeGreaterThan(10);
    expect(c.rationale.length).toBeGreaterThan(40);
    expect(c.remediation.console.length).toBeGreaterThan(0);
    expect(c.remediation.cli.trim()).not.toBe("");
    expect(c.remediation.terraform.trim()).not.toBe("");
    expect(c.compliance.length).toBeGreaterThan(0);
    for (const m of c.compliance) expect(KNOWN_FRAMEWORKS).toContain(m.framework);
  });

  it.each(CHECKS.map((c) => [c.id] as const))("%s has fixtures covering pass and fail", (id) => {
    const file = join(FIXTURES, `${id}.json`);
    expect(existsSync(file), `missing ${file}`).toBe(true);
    const cases = JSON.parse(readFileSync(file, "utf8")) as { expected: string }[];
    expect(cases.length).toBeGreaterThanOrEqual(3);
    const statuses = new Set(cases.map((c) => c.expected));
    expect(statuses.has("fail"), "a failing case").toBe(true);
    expect(statuses.has("pass") || statuses.has("not_applicable"), "a passing case").toBe(true);
  });

  it("maps only to requirement ids that exist in the shipped framework catalogues", () => {
    for (const framework of FRAMEWORKS) {
      const ids = new Set(framework.requirements.map((r) => r.id));
      const unknown = CHECKS.flatMap((c) => c.compliance.filter((m) => m.framework === framework.id && !ids.has(m.requirement)).map((m) => `${c.id} -> ${m.requirement}`));
      expect(unknown, framework.id).toEqual([]);
    }
  });

  it("is documented in docs/CHECKS.md, exactly as renderChecksDoc renders it", () => {
    const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "CHECKS.md"), "utf8");
    for (const c of CHECKS) expect(doc).toContain(`\`${c.id}\``);
    expect(doc, "docs/CHECKS.md is stale: regenerate it (command at the top of the file)").toBe(renderChecksDoc(CHECKS));
  });
});
