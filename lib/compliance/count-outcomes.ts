import type { VerdictStatus } from "@/lib/checks/check-definition";

export type StatusCounts = Record<VerdictStatus, number>;

/** Per-check verdict counts: the compact input for compliance and scores when outcomes are not at hand. */
export type CheckCounts = Record<string, StatusCounts>;

export function emptyCounts(): StatusCounts {
  return { pass: 0, fail: 0, unknown: 0, not_applicable: 0 };
}

/** Counts outcomes per check id. */
export function countOutcomes(outcomes: readonly { checkId: string; status: VerdictStatus }[]): CheckCounts {
  const counts: CheckCounts = {};
  for (const o of outcomes) {
    const c = (counts[o.checkId] ??= emptyCounts());
    c[o.status] += 1;
  }
  return counts;
}
