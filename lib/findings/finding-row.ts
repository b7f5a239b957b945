/** The JSON shape of a findings-list row, shared by the server-rendered page and /api/findings. Pure. */
import type { FindingListItem } from "@/lib/findings/find-findings";

export interface FindingRow extends Omit<FindingListItem, "firstSeenAt" | "lastSeenAt" | "dueAt"> {
  firstSeenAt: string;
  lastSeenAt: string;
  dueAt: string | null;
}

export interface FindingRowsPage {
  items: FindingRow[];
  nextCursor: string | null;
  total: { count: number; capped: boolean };
}

export function toFindingRow(item: FindingListItem): FindingRow {
  return { ...item, firstSeenAt: item.firstSeenAt.toISOString(), lastSeenAt: item.lastSeenAt.toISOString(), dueAt: item.dueAt?.toISOString() ?? null };
}
