import type { Metadata } from "next";
import Link from "next/link";
import { findFindings } from "@/lib/findings/find-findings";
import { findFindingFilterOptions } from "@/lib/findings/find-finding-filter-options";
import { parseFindingsQuery, toFindingsSearch, type SearchParamsRecord } from "@/lib/findings/findings.schemas";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import { SeverityBadge, StatusBadge } from "@/app/_components/badges";
import { EmptyState } from "@/app/_components/empty-state";
import { QueryProblems } from "@/app/_components/query-problems";
import { TimeAgo } from "@/app/_components/time-ago";
import { FindingsFilters } from "@/app/findings/findings-filters";
import styles from "@/app/findings/findings.module.css";

export const metadata: Metadata = { title: "Findings" };

export default async function FindingsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const parsed = parseFindingsQuery(await searchParams);
  if (!parsed.ok) {
    return (
      <>
        <h1>Findings</h1>
        <QueryProblems problems={parsed.problems} resetHref="/findings" />
      </>
    );
  }
  const query = parsed.query;
  const [page, options] = await Promise.all([findFindings(query), findFindingFilterOptions()]);
  const filtered = toFindingsSearch({ ...query, after: undefined }) !== "";
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Findings</h1>
          <p className="muted">Every failed check on every resource, with its lifecycle.</p>
        </div>
      </div>
      <FindingsFilters query={query} options={options} />
      <p className={styles.summary} role="status">
        <span data-testid="findings-total">
          {page.total.count.toLocaleString("en")}
          {page.total.capped ? "+" : ""} matching {page.total.count === 1 && !page.total.capped ? "finding" : "findings"}
          {query.after ? " (later page)" : ""}
        </span>
      </p>
      {page.items.length === 0 ? (
        <EmptyState title={filtered ? "No findings match these filters" : "No findings yet"}>
          {filtered ? <Link href="/findings">Clear the filters</Link> : "Findings appear when a scan finishes."}
        </EmptyState>
      ) : (
        <table className="data" aria-label="Findings">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Finding</th>
              <th scope="col">Service</th>
              <th scope="col">Region</th>
              <th scope="col">Status</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((finding) => (
              <tr key={finding.id}>
                <td><SeverityBadge severity={finding.severity} /></td>
                <td className={styles.resource}>
                  <Link className={styles.title} href={`/findings/${finding.id}`}>{finding.title}</Link>
                  <div className="muted mono">{finding.resourceArn}</div>
                </td>
                <td>{serviceLabel(finding.service)}</td>
                <td>{finding.region}</td>
                <td><StatusBadge status={finding.status} /></td>
                <td><TimeAgo date={finding.lastSeenAt} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className={styles.pager} aria-label="Pages">
        {query.after ? <Link href={`/findings${toFindingsSearch({ ...query, after: undefined })}`}>« First page</Link> : null}
        {page.nextCursor ? (
          <Link href={`/findings${toFindingsSearch({ ...query, after: page.nextCursor })}`} rel="next">Next page »</Link>
        ) : null}
      </nav>
    </>
  );
}
