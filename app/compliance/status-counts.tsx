import type { StatusTotals } from "@/lib/compliance/summarise-compliance";
import styles from "@/app/compliance/compliance.module.css";

export const REQUIREMENT_STATUS_LABELS = { pass: "Pass", fail: "Fail", not_assessed: "Not assessed", not_applicable: "Not applicable" } as const;

/** Pass / fail / not assessed / not applicable counts, as a labelled list (not colour alone). */
export function StatusCounts({ totals }: { totals: StatusTotals }) {
  return (
    <ul className={styles.counts} aria-label="Controls by status">
      {(Object.keys(REQUIREMENT_STATUS_LABELS) as (keyof StatusTotals)[]).map((status) => (
        <li key={status} className={styles[status]}>
          <strong>{totals[status]}</strong> {REQUIREMENT_STATUS_LABELS[status]}
        </li>
      ))}
    </ul>
  );
}

export function RequirementStatusBadge({ status }: { status: keyof StatusTotals }) {
  return <span className={`${styles.badge} ${styles[status]}`} data-status={status}>{REQUIREMENT_STATUS_LABELS[status]}</span>;
}
