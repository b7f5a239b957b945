import type { VerdictCode } from "@/lib/checks/evaluation-memo";
import type { ExistingFinding } from "./plan-finding-transitions";

/**
 * Whether a verdict, given again, would leave this finding (or its absence) exactly as it is: then an unchanged
 * resource's verdict can be reused without running its check (lib/checks/evaluate-account.ts). Not steady, and
 * the check runs: a finding someone resolved by hand while it still fails, an acceptance that has expired, a
 * finding that lost its "seen" mark in a scan that stopped half-way.
 */
export function isSteadyFinding(code: VerdictCode, finding: ExistingFinding | undefined, now: Date): boolean {
  switch (code) {
    case "f":
    case "P":
    case "X": {
      if (!finding || finding.status === "resolved" || !finding.seenInLatestScan) return false;
      const accepted = finding.status === "suppressed" || finding.status === "risk_accepted";
      return !(accepted && finding.suppressedUntil && finding.suppressedUntil <= now);
    }
    case "p":
    case "n":
      return !finding || (finding.status === "resolved" && !finding.seenInLatestScan);
    case "u":
      return !finding || !finding.seenInLatestScan;
  }
}
