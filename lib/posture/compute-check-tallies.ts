import { type CheckOutcome, type Exposure, readExposure } from "@/lib/checks/check-outcome";

export type { Exposure };

/** Pass / fail / unknown counts of one check, and the widest exposure among its failures. */
export interface CheckTally {
  pass: number;
  fail: number;
  unknown: number;
  not_applicable: number;
  exposure?: Exposure | null;
}

export type CheckTallies = Record<string, CheckTally>;

/** Tallies outcomes per check; a failing outcome whose evidence says `exposure: "public"` marks the check public. */
export function computeCheckTallies(outcomes: readonly CheckOutcome[]): CheckTallies {
  const tallies: CheckTallies = {};
  for (const o of outcomes) {
    const t = (tallies[o.checkId] ??= { pass: 0, fail: 0, unknown: 0, not_applicable: 0, exposure: null });
    t[o.status] += 1;
    if (o.status !== "fail") continue;
    const exposure = readExposure(o.evidence);
    if (exposure === "public" || (exposure === "cross-account" && t.exposure !== "public")) t.exposure = exposure;
  }
  return tallies;
}

