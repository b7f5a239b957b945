import Link from "next/link";
import type { FailingResource } from "@/lib/compliance/get-compliance-report";
import type { SectionSummary } from "@/lib/compliance/summarise-compliance";
import { RequirementStatusBadge } from "@/app/compliance/status-counts";
import styles from "@/app/compliance/compliance.module.css";

/**
 * Failing resources listed per control on the page; the rest are a link away (the printable report and the CSV
 * list more). A framework with dozens of failing controls would otherwise send thousands of rows with every view.
 */
const ON_PAGE = 10;

/** One section's controls: status, resource counts, and the failing resources behind each failed control. */
export function RequirementTable({ section, failingResources, moreResources, printable = false }: {
  section: SectionSummary;
  failingResources: ReadonlyMap<string, FailingResource[]>;
  moreResources: ReadonlyMap<string, number>;
  printable?: boolean;
}) {
  return (
    <table className="data" aria-label={`Controls of ${section.section}`} style={{ marginTop: "0.75rem" }}>
      <thead>
        <tr>
          <th scope="col">Control</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">Resources passed</th>
          <th scope="col" className="num">Resources failed</th>
        </tr>
      </thead>
      <tbody>
        {section.requirements.map((requirement) => {
          const resources = failingResources.get(requirement.id) ?? [];
          const more = moreResources.get(requirement.id) ?? 0;
          return (
            <tr key={requirement.id} id={`req-${requirement.id}`}>
              <td>
                <span className="mono">{requirement.id}</span> <span className={styles.requirementTitle}>{requirement.title}</span>
                {requirement.reason ? <div className="muted">{requirement.reason}</div> : null}
                {resources.length > 0 ? (
                  printable ? (
                    <ul className={styles.resources}>{resources.map((r) => <li key={r.findingId} className="mono">{r.resourceArn}</li>)}</ul>
                  ) : (
                    <details className={styles.resources}>
                      <summary>{resources.length + more} failing resource{resources.length + more === 1 ? "" : "s"}</summary>
                      <ul>
                        {resources.slice(0, ON_PAGE).map((r) => (
                          <li key={r.findingId}><Link href={`/findings/${r.findingId}`} className="mono">{r.resourceArn}</Link></li>
                        ))}
                      </ul>
                      {resources.length + more > ON_PAGE ? (
                        <p className="muted">
                          and {resources.length + more - ON_PAGE} more: <Link href={`/findings?check=${requirement.checkIds.join(",")}`}>see them all</Link>
                        </p>
                      ) : null}
                    </details>
                  )
                ) : null}
              </td>
              <td><RequirementStatusBadge status={requirement.status} /></td>
              <td className="num">{requirement.checkIds.length === 0 ? "—" : requirement.counts.pass}</td>
              <td className="num">{requirement.checkIds.length === 0 ? "—" : requirement.counts.fail}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
