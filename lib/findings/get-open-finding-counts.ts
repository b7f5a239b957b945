import "server-only";
import { db, type Database } from "@/lib/db/client";
import type { SeverityName } from "@/lib/findings/findings.schemas";

export interface OpenFindingCount {
  service: string;
  severity: SeverityName;
  count: number;
}

/** Open (and in-progress) findings counted per service and severity; the chart shapers derive every total. */
export async function getOpenFindingCounts(
  options: { accountId?: string; database?: Database } = {},
): Promise<OpenFindingCount[]> {
  const database = options.database ?? db();
  const groups = await database.finding.groupBy({
    by: ["service", "severity"],
    where: { status: { in: ["open", "in_progress"] }, ...(options.accountId ? { accountId: options.accountId } : {}) },
    _count: { _all: true },
  });
  return groups.map((group) => ({ service: group.service, severity: group.severity, count: group._count._all }));
}
