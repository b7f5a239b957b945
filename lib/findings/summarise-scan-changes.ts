/**
 * "What changed since the last scan" for a set of findings, from the events the latest scan recorded:
 * new (opened), resolved (fixed or resource deleted) and regressed (failing again, or a suppression that
 * expired). Pure.
 */
export interface ScanChangeEvent {
  findingId: string;
  kind: string;
}

export interface ScanChanges {
  opened: string[];
  resolved: string[];
  regressed: string[];
}

const BUCKET: Record<string, keyof ScanChanges> = {
  opened: "opened",
  resolved: "resolved",
  resource_deleted: "resolved",
  check_retired: "resolved",
  regressed: "regressed",
  reopened: "regressed",
  suppression_expired: "regressed",
};

export function summariseScanChanges(events: readonly ScanChangeEvent[]): ScanChanges {
  const changes: ScanChanges = { opened: [], resolved: [], regressed: [] };
  for (const event of events) {
    const bucket = BUCKET[event.kind];
    if (bucket && !changes[bucket].includes(event.findingId)) changes[bucket].push(event.findingId);
  }
  return changes;
}

export type DueState = "overdue" | "due_soon" | "on_track" | "none";

/** How urgent a due date is: overdue, due within `soonDays`, or later. */
export function dueState(dueAt: Date | null, now: Date, soonDays = 7): DueState {
  if (!dueAt) return "none";
  if (dueAt.getTime() < now.getTime()) return "overdue";
  return dueAt.getTime() - now.getTime() <= soonDays * 86_400_000 ? "due_soon" : "on_track";
}
