import { CHECKS } from "@/lib/checks/catalogue";
import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { CheckOutcome } from "@/lib/checks/check-outcome";
import type { CheckCounts, StatusCounts } from "@/lib/compliance/count-outcomes";
import { countOutcomes, emptyCounts } from "@/lib/compliance/count-outcomes";
import type { Framework } from "@/lib/compliance/frameworks";
import { findNotAssessedReason } from "@/lib/compliance/not-assessed-reasons";

export type RequirementStatus = "pass" | "fail" | "not_assessed" | "not_applicable";

export interface RequirementAssessment {
  id: string;
  title: string;
  section: string;
  status: RequirementStatus;
  /** Why the requirement is not assessed (or not applicable). */
  reason?: string;
  /** The checks mapped to the requirement. */
  checkIds: string[];
  /** Mapped checks switched off for the account, with the operators' reasons; their results are not counted. */
  disabled?: { checkId: string; reason: string }[];
  counts: StatusCounts;
}

export interface AssessOptions {
  /** check id -> reason, for checks disabled in the account being reported (lib/settings). */
  disabledChecks?: Readonly<Record<string, string>>;
}

export interface ComplianceAssessment {
  frameworkId: string;
  requirements: RequirementAssessment[];
  totals: Record<RequirementStatus, number>;
}

/** The checks mapped to each requirement of a framework, from the checks' own compliance mappings. */
export function mapChecksToRequirements(frameworkId: string, checks: readonly CheckDefinition[] = CHECKS): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const check of checks) {
    for (const m of check.compliance) {
      if (m.framework !== frameworkId) continue;
      map.set(m.requirement, [...(map.get(m.requirement) ?? []), check.id]);
    }
  }
  return map;
}

/**
 * Assesses each requirement of a framework from check outcomes (or per-check counts):
 * fail if any mapped result fails; otherwise not_assessed when some result is unknown (data could not be read);
 * otherwise pass if something passed; otherwise not_applicable (no resource concerned).
 * Requirements without a mapped check are not_assessed with the reason from not-assessed-reasons.ts;
 * requirements whose every mapped check is disabled are not_assessed with "disabled: <reason>".
 */
export function assessCompliance(
  framework: Framework,
  results: readonly CheckOutcome[] | CheckCounts,
  checks: readonly CheckDefinition[] = CHECKS,
  options: AssessOptions = {},
): ComplianceAssessment {
  const counts = Array.isArray(results) ? countOutcomes(results as readonly CheckOutcome[]) : (results as CheckCounts);
  const mapping = mapChecksToRequirements(framework.id, checks);
  const requirements = framework.requirements.map((req): RequirementAssessment => {
    const checkIds = mapping.get(req.id) ?? [];
    const disabled = checkIds.flatMap((checkId) => {
      const reason = options.disabledChecks?.[checkId];
      return reason === undefined ? [] : [{ checkId, reason }];
    });
    const active = checkIds.filter((id) => options.disabledChecks?.[id] === undefined);
    const total = active.reduce((sum, id) => add(sum, counts[id]), emptyCounts());
    const base = { id: req.id, title: req.title, section: req.section, checkIds, counts: total, ...(disabled.length > 0 ? { disabled } : {}) };
    if (checkIds.length === 0 || req.retired) {
      return { ...base, status: "not_assessed", reason: findNotAssessedReason(framework.id, req.id, req.section, req) ?? "No Vigil check covers this requirement yet." };
    }
    if (active.length === 0) {
      return { ...base, status: "not_assessed", reason: disabled.map((d) => `disabled: ${d.reason}`).join("; ") };
    }
    if (total.fail > 0) return { ...base, status: "fail" };
    if (total.unknown > 0) return { ...base, status: "not_assessed", reason: `Vigil could not read the data for ${total.unknown} result(s).` };
    if (total.pass > 0) return { ...base, status: "pass" };
    return { ...base, status: "not_applicable", reason: "No collected resource is concerned by this requirement." };
  });
  const totals: Record<RequirementStatus, number> = { pass: 0, fail: 0, not_assessed: 0, not_applicable: 0 };
  for (const r of requirements) totals[r.status] += 1;
  return { frameworkId: framework.id, requirements, totals };
}

function add(a: StatusCounts, b: StatusCounts | undefined): StatusCounts {
  if (!b) return a;
  return { pass: a.pass + b.pass, fail: a.fail + b.fail, unknown: a.unknown + b.unknown, not_applicable: a.not_applicable + b.not_applicable };
}
