/** The triage workflow, pure: which manual status changes are allowed and what each one writes. */
import type { FindingStatusName } from "@/lib/findings/findings.schemas";
import type { WorkflowStatus } from "@/lib/findings/triage.schemas";

const ALLOWED: Record<FindingStatusName, readonly WorkflowStatus[]> = {
  open: ["in_progress", "resolved"],
  in_progress: ["open", "resolved"],
  resolved: ["open"],
  // Lifting a suppression or risk acceptance early puts the finding back in the queue.
  suppressed: ["open"],
  risk_accepted: ["open"],
};

/** Null when `from -> to` is allowed, else why not. */
export function statusChangeProblem(from: FindingStatusName, to: WorkflowStatus): string | null {
  if (from === to) return null;
  return ALLOWED[from].includes(to) ? null : `A finding that is ${from.replace("_", " ")} cannot move to ${to.replace("_", " ")}.`;
}

/** Ending a suppression early needs the suppress permission, like starting one. */
export function needsSuppressPermission(from: FindingStatusName): boolean {
  return from === "suppressed" || from === "risk_accepted";
}

/** The columns a status change writes. A manual resolution says so; anything else clears it. */
export function statusChangeFields(to: WorkflowStatus, now: Date) {
  return {
    status: to,
    statusChangedAt: now,
    resolvedAt: to === "resolved" ? now : null,
    resolution: to === "resolved" ? "manual" : null,
    suppressedUntil: null,
    suppressionReason: null,
  };
}
