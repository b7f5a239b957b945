/**
 * Pure core of the findings lifecycle: given what a scan concluded and the findings that exist,
 * decide which rows to insert, confirm, reopen and resolve. Kept free of SQL so every rule is unit-tested.
 */
import type { CheckOutcome } from "@/lib/checks/check-outcome";

export type FindingStatus = "open" | "in_progress" | "resolved" | "suppressed" | "risk_accepted";

/** One check's verdict on one resource, as lib/checks produces it. */
export type EvaluatedOutcome = CheckOutcome;

export interface ExistingFinding {
  id: string;
  checkId: string;
  resourceArn: string;
  status: FindingStatus;
  suppressedUntil: Date | null;
}

export type ReopenKind = "regressed" | "suppression_expired";

export interface FindingTransitions {
  insert: EvaluatedOutcome[];
  confirm: { id: string; outcome: EvaluatedOutcome }[];
  reopen: { id: string; from: FindingStatus; kind: ReopenKind; outcome: EvaluatedOutcome }[];
  resolve: { id: string; from: FindingStatus; outcome: EvaluatedOutcome }[];
}

export function findingKey(checkId: string, resourceArn: string): string {
  return `${checkId}\u0000${resourceArn}`;
}

const ACTIVE: ReadonlySet<FindingStatus> = new Set(["open", "in_progress"]);
const ACCEPTED: ReadonlySet<FindingStatus> = new Set(["suppressed", "risk_accepted"]);

export function planFindingTransitions(
  outcomes: readonly EvaluatedOutcome[],
  existing: ReadonlyMap<string, ExistingFinding>,
  now: Date,
): FindingTransitions {
  const plan: FindingTransitions = { insert: [], confirm: [], reopen: [], resolve: [] };
  for (const outcome of outcomes) {
    const current = existing.get(findingKey(outcome.checkId, outcome.resourceArn));
    if (outcome.status === "fail") {
      if (!current) plan.insert.push(outcome);
      else if (current.status === "resolved") {
        plan.reopen.push({ id: current.id, from: current.status, kind: "regressed", outcome });
      } else if (ACCEPTED.has(current.status) && current.suppressedUntil && current.suppressedUntil <= now) {
        plan.reopen.push({ id: current.id, from: current.status, kind: "suppression_expired", outcome });
      } else plan.confirm.push({ id: current.id, outcome });
    } else if (outcome.status === "pass" || outcome.status === "not_applicable") {
      if (current && (ACTIVE.has(current.status) || ACCEPTED.has(current.status))) {
        plan.resolve.push({ id: current.id, from: current.status, outcome });
      }
    }
    // "unknown": the data was not readable this time, so the finding keeps its state.
  }
  return plan;
}
