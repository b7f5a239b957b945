import type { PermissionSummary as Summary } from "@/lib/iam/effective/summarize-permissions";
import styles from "@/app/principals/[id]/principal.module.css";

const LEVELS = ["List", "Read", "Write", "Permissions management", "Tagging"] as const;
const SHORT: Record<(typeof LEVELS)[number], string> = { List: "List", Read: "Read", Write: "Write", "Permissions management": "Perms", Tagging: "Tags" };
const SHOWN = 20;

/** Effective actions per service and access level; services with the most actions first. */
export function PermissionSummary({ summary }: { summary: Summary }) {
  const services = [...summary.services].sort((a, b) => b.allowed + b.conditional - (a.allowed + a.conditional) || a.service.localeCompare(b.service));
  const table = (rows: typeof services) => (
    // Focusable so that keyboard users can scroll it sideways when the table is wider than the column.
    <div className={styles.levelsWrap} tabIndex={0} role="region" aria-label="Permissions by service and access level">
    <table className={`data ${styles.levels}`}>
      <thead>
        <tr><th scope="col">Service</th>{LEVELS.map((level) => <th key={level} scope="col" className="num" title={level}>{SHORT[level]}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((service) => (
          <tr key={service.service} data-testid="permission-service">
            <td className="mono" title={`${service.allowed} allowed, ${service.conditional} conditional, ${service.unrestricted} on every resource`}>{service.service}</td>
            {LEVELS.map((level) => <td key={level} className="num">{service.accessLevels[level] ?? <span className="muted">0</span>}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
  if (services.length === 0) return <p className="muted">This principal can do nothing through its own policies.</p>;
  return (
    <>
      <p>
        <strong>{summary.allowedActions.toLocaleString("en")}</strong> actions allowed
        {summary.conditionalActions > 0 ? <>, <strong>{summary.conditionalActions.toLocaleString("en")}</strong> conditional</> : null} across {services.length} services.
      </p>
      {table(services.slice(0, SHOWN))}
      {services.length > SHOWN ? (
        <details>
          <summary>{services.length - SHOWN} more services</summary>
          {table(services.slice(SHOWN))}
        </details>
      ) : null}
    </>
  );
}
