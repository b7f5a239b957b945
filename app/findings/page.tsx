import type { Metadata } from "next";
import Link from "next/link";
import { FRAMEWORKS } from "@/lib/compliance/frameworks";
import { findAssignees } from "@/lib/findings/find-assignees";
import { findFindingFilterOptions } from "@/lib/findings/find-finding-filter-options";
import { findFindingGroups } from "@/lib/findings/find-finding-groups";
import { findFindings } from "@/lib/findings/find-findings";
import { toFindingRow } from "@/lib/findings/finding-row";
import { parseFindingsQuery, toFindingsSearch, type SearchParamsRecord } from "@/lib/findings/findings.schemas";
import { scopeOf } from "@/lib/auth/account-scope";
import { getActor } from "@/app/_auth/get-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { QueryProblems } from "@/app/_components/query-problems";
import { FindingGroups } from "@/app/findings/finding-groups";
import { FindingsFilters } from "@/app/findings/findings-filters";
import { FindingsTable } from "@/app/findings/findings-table";
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
  const actor = await getActor();
  const context = { scope: scopeOf(actor), userId: actor.userId };
  const [options, assignees] = await Promise.all([findFindingFilterOptions(context.scope), findAssignees()]);
  const people = assignees.map(({ id, name }) => ({ id, name }));
  const frameworks = FRAMEWORKS.map((framework) => ({ id: framework.id, name: `${framework.name} ${framework.version}` }));
  const filtered = toFindingsSearch({ ...query, after: undefined, group: undefined }) !== "";
  const header = (
    <>
      <div className="page-header">
        <div>
          <h1>Findings</h1>
          <p className="muted">Every failed check on every resource, with its lifecycle. Select rows to triage them together.</p>
        </div>
      </div>
      <FindingsFilters query={query} options={options} frameworks={frameworks} assignees={people} />
    </>
  );

  if (query.group) {
    const groups = await findFindingGroups({ ...query, after: undefined }, query.group, { context });
    return (
      <>
        {header}
        <FindingGroups groups={groups} grouping={query.group} query={query} />
      </>
    );
  }

  const page = await findFindings(query, undefined, context);
  const search = toFindingsSearch(query);
  return (
    <>
      {header}
      {page.items.length === 0 ? (
        <EmptyState title={filtered ? "No findings match these filters" : "No findings yet"}>
          {filtered ? <Link href="/findings">Clear the filters</Link> : "Findings appear when a scan finishes."}
        </EmptyState>
      ) : (
        <FindingsTable key={search} search={search} initial={{ ...page, items: page.items.map(toFindingRow) }} actor={actor} assignees={people} />
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
