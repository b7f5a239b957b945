/**
 * Shapes a framework assessment for reports: totals and a pass rate per section and for the framework.
 * The pass rate counts only decided requirements (pass / (pass + fail)); not assessed and not applicable
 * are reported beside it, never silently folded in. Pure.
 */
import type { ComplianceAssessment, RequirementAssessment, RequirementStatus } from "@/lib/compliance/assess-compliance";

export type StatusTotals = Record<RequirementStatus, number>;

export interface SectionSummary {
  section: string;
  totals: StatusTotals;
  /** 0-100, one decimal; null when nothing in the section was decided. */
  passRate: number | null;
  requirements: RequirementAssessment[];
}

export interface ComplianceSummary {
  totals: StatusTotals;
  passRate: number | null;
  sections: SectionSummary[];
}

export function passRate(totals: StatusTotals): number | null {
  const decided = totals.pass + totals.fail;
  return decided === 0 ? null : Math.round((totals.pass / decided) * 1000) / 10;
}

function tally(requirements: readonly RequirementAssessment[]): StatusTotals {
  const totals: StatusTotals = { pass: 0, fail: 0, not_assessed: 0, not_applicable: 0 };
  for (const requirement of requirements) totals[requirement.status] += 1;
  return totals;
}

/** Sections in the framework's own order (first appearance), requirements in their listed order. */
export function summariseCompliance(assessment: ComplianceAssessment): ComplianceSummary {
  const bySection = new Map<string, RequirementAssessment[]>();
  for (const requirement of assessment.requirements) {
    bySection.set(requirement.section, [...(bySection.get(requirement.section) ?? []), requirement]);
  }
  const sections = [...bySection].map(([section, requirements]): SectionSummary => {
    const totals = tally(requirements);
    return { section, totals, passRate: passRate(totals), requirements };
  });
  const totals = tally(assessment.requirements);
  return { totals, passRate: passRate(totals), sections };
}

/**
 * Per-check counts from stored check results. A result row keeps evaluated, passed and failed; the rest of
 * the evaluated resources were not applicable or undecidable, which the row does not tell apart, so they
 * count as not applicable.
 */
export function countsFromCheckResults(rows: readonly { checkId: string; evaluated: number; passed: number; failed: number }[]) {
  const counts: Record<string, { pass: number; fail: number; unknown: number; not_applicable: number }> = {};
  for (const row of rows) {
    const current = (counts[row.checkId] ??= { pass: 0, fail: 0, unknown: 0, not_applicable: 0 });
    current.pass += row.passed;
    current.fail += row.failed;
    current.not_applicable += Math.max(0, row.evaluated - row.passed - row.failed);
  }
  return counts;
}
