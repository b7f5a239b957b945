import { CHECKS } from "@/lib/checks/catalogue";
import type { CheckDefinition, Severity } from "@/lib/checks/check-definition";
import type { CheckOutcome } from "@/lib/checks/check-outcome";
import type { ServiceName } from "@/lib/inventory/resource-record";
import { SERVICES } from "@/lib/inventory/resource-record";
import type { CheckTallies, Exposure } from "@/lib/posture/compute-check-tallies";
import { computeCheckTallies } from "@/lib/posture/compute-check-tallies";

/** Severity weights (docs/POSTURE-SCORE.md). Informational checks never move the score. */
export const SEVERITY_WEIGHTS: Record<Severity, number> = { critical: 10, high: 6, medium: 3, low: 1, informational: 0 };
/** A check whose failures reach the internet (or other accounts) weighs more. */
export const EXPOSURE_FACTORS: Record<Exposure, number> = { public: 2, "cross-account": 1.5 };

export interface CheckContribution {
  checkId: string;
  severity: Severity;
  pass: number;
  fail: number;
  exposure: Exposure | null;
  /** severity weight x exposure factor */
  weight: number;
  /** 0 when nothing fails, else 0.5 + 0.5 x (share of failing resources) */
  loss: number;
  /** Score points this check costs: 100 x weight x loss / total weight. */
  pointsLost: number;
}

export interface PostureScore {
  /** 0-100 with one decimal, or null when no check produced a pass or fail. */
  score: number | null;
  evaluatedChecks: number;
  /** Results that could not be decided; they do not move the score but say how much of it is blind. */
  unknownResults: number;
  /** Checks that cost points, largest first. */
  deductions: CheckContribution[];
}

export interface PostureBreakdown {
  overall: PostureScore;
  byService: Record<ServiceName, PostureScore>;
  /** Keyed by framework id ("cis-aws-7.0", "aws-fsbp", ...): the checks mapped to that framework. */
  byFramework: Record<string, PostureScore>;
}

/**
 * The posture score: each check counts once, weighted by severity and exposure; a check that fails anywhere
 * loses half its weight at once and the other half in proportion to its failing resources.
 * score = 100 x (1 - sum(weight x loss) / sum(weight)). Accepts outcomes or per-check tallies.
 */
export function computePostureScore(
  input: readonly CheckOutcome[] | CheckTallies,
  checks: readonly CheckDefinition[] = CHECKS,
): PostureBreakdown {
  const tallies = Array.isArray(input) ? computeCheckTallies(input as readonly CheckOutcome[]) : (input as CheckTallies);
  const byService = Object.fromEntries(
    SERVICES.map((s) => [s, scoreChecks(checks.filter((c) => c.service === s), tallies)]),
  ) as Record<ServiceName, PostureScore>;
  const frameworks = [...new Set(checks.flatMap((c) => c.compliance.map((m) => m.framework)))].sort();
  const byFramework = Object.fromEntries(
    frameworks.map((f) => [f, scoreChecks(checks.filter((c) => c.compliance.some((m) => m.framework === f)), tallies)]),
  );
  return { overall: scoreChecks(checks, tallies), byService, byFramework };
}

/** Scores one set of checks. */
export function scoreChecks(checks: readonly CheckDefinition[], tallies: CheckTallies): PostureScore {
  const contributions: Omit<CheckContribution, "pointsLost">[] = [];
  let unknownResults = 0;
  for (const check of checks) {
    const t = tallies[check.id];
    if (!t) continue;
    unknownResults += t.unknown;
    const decided = t.pass + t.fail;
    const base = SEVERITY_WEIGHTS[check.severity];
    if (decided === 0 || base === 0) continue;
    const exposure = t.fail > 0 ? (t.exposure ?? null) : null;
    const weight = base * (exposure ? EXPOSURE_FACTORS[exposure] : 1);
    const loss = t.fail === 0 ? 0 : 0.5 + 0.5 * (t.fail / decided);
    contributions.push({ checkId: check.id, severity: check.severity, pass: t.pass, fail: t.fail, exposure, weight, loss });
  }
  const totalWeight = contributions.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight === 0) return { score: null, evaluatedChecks: 0, unknownResults, deductions: [] };
  const lost = contributions.reduce((sum, c) => sum + c.weight * c.loss, 0);
  const deductions = contributions
    .filter((c) => c.loss > 0)
    .map((c) => ({ ...c, pointsLost: round1((100 * c.weight * c.loss) / totalWeight) }))
    .sort((a, b) => b.pointsLost - a.pointsLost);
  return { score: round1(100 * (1 - lost / totalWeight)), evaluatedChecks: contributions.length, unknownResults, deductions };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
