/** Turns a scan's per-check tallies into the posture rows stored per scan: overall, per service, per framework. */
import type { CheckTallies } from "@/lib/posture/compute-check-tallies";
import type { PostureScoreRow } from "@/lib/scans/store-scan-results";
import { computePostureScore, type PostureScore } from "./compute-posture-score";

export function computeScanPosture(tallies: CheckTallies): PostureScoreRow[] {
  const breakdown = computePostureScore(tallies);
  const rows: PostureScoreRow[] = [];
  const add = (scope: PostureScoreRow["scope"], key: string, score: PostureScore) => {
    if (score.score === null) return; // nothing decided in this scope: no score rather than a made-up 100
    rows.push({
      scope,
      key,
      score: score.score,
      passed: score.evaluatedChecks - score.deductions.length,
      failed: score.deductions.length,
      details: { evaluatedChecks: score.evaluatedChecks, unknownResults: score.unknownResults, deductions: score.deductions.slice(0, 20) },
    });
  };
  add("overall", "all", breakdown.overall);
  for (const [service, score] of Object.entries(breakdown.byService)) add("service", service, score);
  for (const [framework, score] of Object.entries(breakdown.byFramework)) add("framework", framework, score);
  return rows;
}
