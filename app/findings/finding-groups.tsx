import Link from "next/link";
import type { LabelledFindingGroup } from "@/lib/findings/find-finding-groups";
import { SEVERITIES, toFindingsSearch, type FindingGrouping, type FindingsQuery } from "@/lib/findings/findings.schemas";
import { severityLabel } from "@/lib/findings/get-chart-series";
import { SeverityBadge } from "@/app/_components/badges";
import { EmptyState } from "@/app/_components/empty-state";
import styles from "@/app/findings/findings.module.css";

const HEADINGS: Record<FindingGrouping, string> = { check: "Check", resource: "Resource", account: "Account" };

/** Findings counted per check, resource or account; each group opens the list filtered to it. */
export function FindingGroups({ groups, grouping, query }: { groups: LabelledFindingGroup[]; grouping: FindingGrouping; query: FindingsQuery }) {
  if (groups.length === 0) return <EmptyState title="No findings match these filters"><Link href="/findings">Clear the filters</Link></EmptyState>;
  return (
    <table className={`data ${styles.groups}`} aria-label={`Findings grouped by ${grouping}`}>
      <thead>
        <tr>
          <th scope="col">{HEADINGS[grouping]}</th>
          <th scope="col">Worst</th>
          <th scope="col">By severity</th>
          <th scope="col" className="num">Findings</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.key}>
            <td>
              <Link href={`/findings${toFindingsSearch({ ...query, ...group.filter, group: undefined, after: undefined })}`}>{group.label}</Link>
              {group.detail ? <div className="muted mono">{group.detail}</div> : null}
            </td>
            <td><SeverityBadge severity={group.worst} /></td>
            <td>
              <span className={styles.sevCounts}>
                {SEVERITIES.filter((severity) => group.bySeverity[severity] > 0).map((severity) => (
                  <span key={severity}>{severityLabel(severity)} {group.bySeverity[severity]}</span>
                ))}
              </span>
            </td>
            <td className="num">{group.count.toLocaleString("en")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
