import { describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks/catalogue";
import type { CheckOutcome } from "@/lib/checks/check-outcome";
import { assessCompliance, mapChecksToRequirements } from "@/lib/compliance/assess-compliance";
import { findFramework, FRAMEWORKS } from "@/lib/compliance/frameworks";
import { findNotAssessedReason } from "@/lib/compliance/not-assessed-reasons";

const cis = findFramework("cis-aws-7.0")!;
const fsbp = findFramework("aws-fsbp")!;

function outcome(checkId: string, status: CheckOutcome["status"], arn = "arn:x"): CheckOutcome {
  const check = CHECKS.find((c) => c.id === checkId)!;
  return { checkId, status, title: check.title, severity: check.severity, service: check.service, resourceArn: arn, resourceType: check.resourceType, region: "global", reason: "r" };
}

describe("framework catalogues", () => {
  it("ship the full CIS v7.0 (70), FSBP (286 + 22 Security Hub controls) and NIST 800-53 r5 requirement lists", () => {
    expect(cis.requirements).toHaveLength(70);
    expect(fsbp.requirements).toHaveLength(308);
    expect(findFramework("nist-800-53-r5")?.requirements).toHaveLength(287);
    expect(findFramework("cis-aws-5.0")?.requirements).toHaveLength(63);
  });

  it("lists every Security Hub control id of Vigil's services in order, retired ones marked", () => {
    const ids = (prefix: string) => fsbp.requirements.filter((r) => r.id.startsWith(`${prefix}.`)).map((r) => Number(r.id.split(".")[1]));
    expect(ids("IAM")).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(ids("Lambda")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(ids("KMS")).toEqual([1, 2, 3, 4, 5]);
    expect(fsbp.requirements.filter((r) => r.retired).map((r) => r.id).sort()).toEqual(["Lambda.4", "S3.4"]);
  });

  it.each(FRAMEWORKS.map((f) => [f.id, f] as const))("%s: every requirement maps to a check or has a not-assessed reason", (_id, framework) => {
    const mapped = mapChecksToRequirements(framework.id);
    const orphans = framework.requirements.filter((r) => !mapped.has(r.id) && !findNotAssessedReason(framework.id, r.id, r.section, r)).map((r) => r.id);
    expect(orphans).toEqual([]);
  });

  it("maps every FSBP control of IAM, S3, Lambda and KMS except those with an explicit reason", () => {
    const mapped = mapChecksToRequirements("aws-fsbp");
    const inScope = fsbp.requirements.filter((r) => ["IAM", "S3", "Lambda", "KMS"].includes(r.section));
    const unmapped = inScope.filter((r) => !mapped.has(r.id)).map((r) => r.id);
    expect(unmapped.sort()).toEqual(["Lambda.4", "S3.11", "S3.22", "S3.23", "S3.24", "S3.25", "S3.4"]);
  });
});

describe("assessCompliance", () => {
  it("fails a requirement when any mapped result fails, and lists its checks", () => {
    const result = assessCompliance(cis, [outcome("iam_root_mfa_enabled", "fail"), outcome("iam_root_access_key_absent", "pass")]);
    const r25 = result.requirements.find((r) => r.id === "2.5")!;
    const r24 = result.requirements.find((r) => r.id === "2.4")!;
    expect(r25).toMatchObject({ status: "fail", checkIds: ["iam_root_mfa_enabled"], counts: { fail: 1, pass: 0 } });
    expect(r24.status).toBe("pass");
  });

  it("combines several checks: 2.11 passes only when both unused-credential checks pass", () => {
    const counts = { iam_user_console_access_unused: { pass: 3, fail: 0, unknown: 0, not_applicable: 1 }, iam_user_access_key_unused: { pass: 1, fail: 1, unknown: 0, not_applicable: 0 } };
    expect(assessCompliance(cis, counts).requirements.find((r) => r.id === "2.11")).toMatchObject({ status: "fail", counts: { pass: 4, fail: 1, not_applicable: 1 } });
  });

  it("does not call a requirement passed when part of its data was unreadable", () => {
    const result = assessCompliance(cis, [outcome("kms_key_rotation_enabled", "pass", "a"), outcome("kms_key_rotation_enabled", "unknown", "b")]);
    expect(result.requirements.find((r) => r.id === "4.6")).toMatchObject({ status: "not_assessed", reason: expect.stringContaining("1 result") });
  });

  it("marks mapped requirements with no concerned resource not applicable, and uncollected services not assessed", () => {
    const result = assessCompliance(fsbp, []);
    expect(result.requirements.find((r) => r.id === "KMS.4")?.status).toBe("not_applicable");
    expect(result.requirements.find((r) => r.id === "RDS.1")).toMatchObject({ status: "not_assessed", reason: expect.stringContaining("RDS") });
    expect(result.totals.not_assessed + result.totals.not_applicable).toBe(308);
    expect(result.requirements.find((r) => r.id === "S3.4")).toMatchObject({ status: "not_assessed", reason: expect.stringContaining("Retired") });
  });

  it("reports a requirement whose checks are all disabled as 'disabled: <reason>', and ignores disabled checks' results elsewhere", () => {
    const disabledChecks = { iam_root_mfa_enabled: "Root is locked away by the organisation", iam_user_access_key_unused: "Keys are managed elsewhere" };
    const results = [outcome("iam_root_mfa_enabled", "not_applicable"), outcome("iam_user_access_key_unused", "not_applicable"), outcome("iam_user_console_access_unused", "fail")];
    const result = assessCompliance(cis, results, CHECKS, { disabledChecks });
    expect(result.requirements.find((r) => r.id === "2.5")).toMatchObject({
      status: "not_assessed", reason: "disabled: Root is locked away by the organisation", disabled: [{ checkId: "iam_root_mfa_enabled", reason: "Root is locked away by the organisation" }],
    });
    expect(result.requirements.find((r) => r.id === "2.11")).toMatchObject({ status: "fail", counts: { fail: 1, not_applicable: 0 }, disabled: [{ checkId: "iam_user_access_key_unused" }] });
    expect(assessCompliance(cis, results).requirements.find((r) => r.id === "2.5")?.status).toBe("not_applicable");
  });
});
