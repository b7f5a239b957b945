/**
 * Pure core of the findings lifecycle: given what a scan concluded and the findings that exist,
 * decide which rows to insert, confirm, reopen and resolve, and which lose their "seen in the latest
 * scan" mark. A finding that still fails and says the same is left alone: nothing is written for it.
 * Kept free of SQL so every rule is unit-tested.
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
  /** The latest evaluation found it failing (its "last seen" is that evaluation's time). */
  seenInLatestScan?: boolean;
  /** Hash of the severity, title and evidence the row holds; absent when unknown. */
  fingerprint?: string | null;
}

export type ReopenKind = "regressed" | "suppression_expired";

export interface FindingTransitions {
  insert: EvaluatedOutcome[];
  /** Still failing, and the row must be written: what it says changed, or it was not marked as seen. */
  confirm: { id: string; outcome: EvaluatedOutcome }[];
  reopen: { id: string; from: FindingStatus; kind: ReopenKind; outcome: EvaluatedOutcome }[];
  resolve: { id: string; from: FindingStatus; outcome: EvaluatedOutcome }[];
  /** Marked as seen, but not found failing this time (an unknown verdict, or none): only the mark goes. */
  unsee: { id: string }[];
  /** Not resolved, and the resource is no longer in the inventory (deleted where the inventory was complete). */
  closeDeleted: { id: string; from: FindingStatus }[];
  /** Not resolved, and its check is no longer in Vigil's catalogue (retired or replaced in an upgrade). */
  closeRetired: { id: string; from: FindingStatus }[];
}

export interface PlanOptions {
  /** The fingerprint a row would get from this outcome; without it every still-failing finding is rewritten. */
  fingerprint?: (outcome: EvaluatedOutcome) => string;
  /** Whether the resource is still in the inventory (evaluated this time); default: every resource is. */
  isLive?: (resourceArn: string) => boolean;
  /** Whether Vigil still has this check; default: every check is known. */
  isKnownCheck?: (checkId: string) => boolean;
}

/** check -> ARN -> finding: two lookups on strings the outcomes already hold, instead of a joined key per outcome. */
export function indexFindings(existing: Iterable<ExistingFinding>): Map<string, Map<string, ExistingFinding>> {
  const byCheck = new Map<string, Map<string, ExistingFinding>>();
  for (const finding of existing) {
    let byArn = byCheck.get(finding.checkId);
    if (!byArn) byCheck.set(finding.checkId, (byArn = new Map()));
    byArn.set(finding.resourceArn, finding);
  }
  return byCheck;
}

const ACTIVE: ReadonlySet<FindingStatus> = new Set(["open", "in_progress"]);
const ACCEPTED: ReadonlySet<FindingStatus> = new Set(["suppressed", "risk_accepted"]);

export function planFindingTransitions(
  outcomes: readonly EvaluatedOutcome[],
  existing: Iterable<ExistingFinding>,
  now: Date,
  options: PlanOptions = {},
): FindingTransitions {
  const plan: FindingTransitions = { insert: [], confirm: [], reopen: [], resolve: [], unsee: [], closeDeleted: [], closeRetired: [] };
  const byCheck = indexFindings(existing);
  /** Findings this scan found failing, or resolved (which takes the mark away itself). */
  const settled = new Set<ExistingFinding>();
  for (const outcome of outcomes) {
    const current = byCheck.get(outcome.checkId)?.get(outcome.resourceArn);
    if (outcome.status === "fail") {
      if (!current) {
        plan.insert.push(outcome);
        continue;
      }
      settled.add(current);
      if (current.status === "resolved") {
        plan.reopen.push({ id: current.id, from: current.status, kind: "regressed", outcome });
      } else if (ACCEPTED.has(current.status) && current.suppressedUntil && current.suppressedUntil <= now) {
        plan.reopen.push({ id: current.id, from: current.status, kind: "suppression_expired", outcome });
      } else if (!current.seenInLatestScan || !options.fingerprint || current.fingerprint !== options.fingerprint(outcome)) {
        plan.confirm.push({ id: current.id, outcome });
      }
    } else if (outcome.status === "pass" || outcome.status === "not_applicable") {
      if (current && (ACTIVE.has(current.status) || ACCEPTED.has(current.status))) {
        plan.resolve.push({ id: current.id, from: current.status, outcome });
        settled.add(current);
      }
    }
    // "unknown": the data was not readable this time, so the finding keeps its state (but was not seen failing).
  }
  const isLive = options.isLive ?? (() => true);
  const isKnownCheck = options.isKnownCheck ?? (() => true);
  for (const [checkId, byArn] of byCheck) {
    const retired = !isKnownCheck(checkId);
    for (const current of byArn.values()) {
      if (current.status !== "resolved" && retired) plan.closeRetired.push({ id: current.id, from: current.status });
      else if (current.status !== "resolved" && !isLive(current.resourceArn)) plan.closeDeleted.push({ id: current.id, from: current.status });
      else if (current.seenInLatestScan && !settled.has(current)) plan.unsee.push({ id: current.id });
    }
  }
  return plan;
}
