import { codeExposure, codeStatus, type EvaluationMemo } from "@/lib/checks/evaluation-memo";
import type { CheckTallies } from "@/lib/posture/compute-check-tallies";

/**
 * Per-check tallies from an evaluation's verdict codes: every verdict counts, reused or new, so the scores of an
 * incremental evaluation are those of a full one.
 */
export function tallyVerdictCodes(checks: EvaluationMemo["checks"]): CheckTallies {
  const tallies: CheckTallies = {};
  for (const [checkId, { codes }] of Object.entries(checks)) {
    if (codes.length === 0) continue;
    const tally = (tallies[checkId] = { pass: 0, fail: 0, unknown: 0, not_applicable: 0, exposure: null } as CheckTallies[string]);
    for (const code of codes) {
      tally[codeStatus(code)] += 1;
      const exposure = codeExposure(code);
      if (exposure === "public" || (exposure === "cross-account" && tally.exposure !== "public")) tally.exposure = exposure;
    }
  }
  return tallies;
}
