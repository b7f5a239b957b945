import type { Metadata } from "next";
import Link from "next/link";
import { findResources } from "@/lib/inventory/find-resources";
import { findResourceFilterOptions } from "@/lib/inventory/find-resource-filter-options";
import { parseResourcesQuery, toResourcesSearch } from "@/lib/inventory/find-resources-query";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import { getScope } from "@/app/_auth/get-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { QueryProblems } from "@/app/_components/query-problems";
import { TimeAgo } from "@/app/_components/time-ago";
import { ResourcesFilters } from "@/app/resources/resources-filters";
import styles from "@/app/findings/findings.module.css";

export const metadata: Metadata = { title: "Resources" };

export default async function ResourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseResourcesQuery(await searchParams);
  if (!parsed.ok) {
    return (
      <>
        <h1>Resources</h1>
        <QueryProblems problems={parsed.problems} resetHref="/resources" />
      </>
    );
  }
  const query = parsed.query;
  const scope = await getScope();
  const [page, options] = await Promise.all([findResources(query, scope), findResourceFilterOptions(scope)]);
  const filtered = toResourcesSearch({ ...query, after: undefined }) !== "";
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Resources</h1>
          <p className="muted">The inventory collected by the latest scans, with each resource&apos;s configuration history.</p>
        </div>
      </div>
      <ResourcesFilters query={query} options={options} />
      <p className={styles.summary} role="status">
        <span data-testid="resources-total">{page.total.toLocaleString("en")} {page.total === 1 ? "resource" : "resources"}</span>
      </p>
      {page.items.length === 0 ? (
        <EmptyState title={filtered ? "No resources match these filters" : "No resources yet"}>
          {filtered ? <Link href="/resources">Clear the filters</Link> : "Resources appear when a scan finishes."}
        </EmptyState>
      ) : (
        <table className="data" aria-label="Resources">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Region</th>
              <th scope="col">Account</th>
              <th scope="col" className="num">Open findings</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((resource) => (
              <tr key={resource.id}>
                <td className={styles.resource}>
                  <Link href={`/resources/${resource.id}`}>{resource.name}</Link>
                  {resource.deletedAt ? <span className="muted"> (deleted)</span> : null}
                  <div className="muted mono">{resource.arn}</div>
                </td>
                <td>{resource.type}<div className="muted">{serviceLabel(resource.service)}</div></td>
                <td>{resource.region}</td>
                <td className="mono">{resource.accountId}</td>
                <td className="num">
                  {resource.openFindings > 0 ? (
                    <Link href={`/resources/${resource.id}#findings`}>{resource.openFindings}</Link>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
                <td><TimeAgo date={resource.lastSeenAt} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className={styles.pager} aria-label="Pages">
        {query.after ? <Link href={`/resources${toResourcesSearch({ ...query, after: undefined })}`}>« First page</Link> : null}
        {page.nextCursor ? <Link href={`/resources${toResourcesSearch({ ...query, after: page.nextCursor })}`} rel="next">Next page »</Link> : null}
      </nav>
    </>
  );
}
