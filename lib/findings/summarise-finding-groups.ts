/** Turns (group key, severity, count) rows into groups ordered by their worst severity, then by size. Pure. */
import { SEVERITIES, type SeverityName } from "@/lib/findings/findings.schemas";

export interface FindingGroupRow {
  key: string;
  severity: SeverityName;
  count: number;
}

export interface FindingGroup {
  key: string;
  count: number;
  worst: SeverityName;
  bySeverity: Record<SeverityName, number>;
}

export function summariseFindingGroups(rows: readonly FindingGroupRow[], limit = 100): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const row of rows) {
    const group = groups.get(row.key) ?? {
      key: row.key, count: 0, worst: "informational" as SeverityName,
      bySeverity: { critical: 0, high: 0, medium: 0, low: 0, informational: 0 },
    };
    group.count += row.count;
    group.bySeverity[row.severity] += row.count;
    if (SEVERITIES.indexOf(row.severity) < SEVERITIES.indexOf(group.worst)) group.worst = row.severity;
    groups.set(row.key, group);
  }
  return [...groups.values()]
    .sort((a, b) => SEVERITIES.indexOf(a.worst) - SEVERITIES.indexOf(b.worst) || b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}
