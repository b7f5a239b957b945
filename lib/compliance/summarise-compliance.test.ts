import { describe, expect, it } from "vitest";
import { assessCompliance } from "@/lib/compliance/assess-compliance";
import { formatComplianceCsv } from "@/lib/compliance/format-compliance-csv";
import type { Framework } from "@/lib/compliance/frameworks";
import { countsFromCheckResults, passRate, summariseCompliance } from "@/lib/compliance/summarise-compliance";
import type { CheckDefinition } from "@/lib/checks/check-definition";

const framework: Framework = {
  id: "test-fw", name: "Test framework", version: "1.0",
  requirements: [
    { id: "1.1", title: "Root has MFA", section: "1 Identity" },
    { id: "1.2", title: "No root keys", section: "1 Identity" },
    { id: "2.1", title: "Buckets private", section: "2 Storage" },
    { id: "2.2", title: "Buckets versioned", section: "2 Storage" },
    { id: "3.1", title: "Needs EC2", section: "3 Network" },
  ],
};
const check = (id: string, requirement: string) => ({ id, compliance: [{ framework: "test-fw", requirement }] }) as unknown as CheckDefinition;
const checks = [check("root_mfa", "1.1"), check("root_keys", "1.2"), check("bucket_public", "2.1"), check("bucket_versioning", "2.2")];

describe("countsFromCheckResults", () => {
  it("sums accounts and treats the undecided remainder as not applicable", () => {
    expect(countsFromCheckResults([
      { checkId: "bucket_public", evaluated: 5, passed: 3, failed: 1 },
      { checkId: "bucket_public", evaluated: 2, passed: 2, failed: 0 },
    ])).toEqual({ bucket_public: { pass: 5, fail: 1, unknown: 0, not_applicable: 1 } });
  });
});

describe("summariseCompliance", () => {
  const counts = countsFromCheckResults([
    { checkId: "root_mfa", evaluated: 1, passed: 1, failed: 0 },
    { checkId: "root_keys", evaluated: 1, passed: 0, failed: 1 },
    { checkId: "bucket_public", evaluated: 4, passed: 4, failed: 0 },
    { checkId: "bucket_versioning", evaluated: 0, passed: 0, failed: 0 },
  ]);
  const summary = summariseCompliance(assessCompliance(framework, counts, checks));

  it("counts requirement statuses per section in the framework's order, with a pass rate over decided ones", () => {
    expect(summary.sections.map((section) => [section.section, section.totals, section.passRate])).toEqual([
      ["1 Identity", { pass: 1, fail: 1, not_assessed: 0, not_applicable: 0 }, 50],
      ["2 Storage", { pass: 1, fail: 0, not_assessed: 0, not_applicable: 1 }, 100],
      ["3 Network", { pass: 0, fail: 0, not_assessed: 1, not_applicable: 0 }, null],
    ]);
    expect(summary.totals).toEqual({ pass: 2, fail: 1, not_assessed: 1, not_applicable: 1 });
    expect(summary.passRate).toBe(66.7);
  });

  it("has no pass rate when nothing was decided", () => {
    expect(passRate({ pass: 0, fail: 0, not_assessed: 3, not_applicable: 2 })).toBeNull();
  });

  it("exports one CSV row per requirement with its failing resources, neutralising formulas", () => {
    const csv = formatComplianceCsv({
      framework, scope: "All accounts", generatedAt: new Date("2026-11-23T12:00:00Z"), summary,
      failingResources: new Map([["1.2", ["arn:aws:iam::123456789012:root"]], ["2.1", ["=HYPERLINK(\"x\")"]]]),
    });
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe("framework,version,scope,generated_at,section,requirement,title,status,reason,checks,resources_passed,resources_failed,failing_resources");
    expect(lines[2]).toBe("Test framework,1.0,All accounts,2026-11-23T12:00:00.000Z,1 Identity,1.2,No root keys,fail,,root_keys,0,1,arn:aws:iam::123456789012:root");
    expect(lines[3]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
