import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { findLatestAnalyses } from "@/lib/principals/find-latest-analyses";
import { findPrincipals } from "@/lib/principals/find-principals";
import { parsePrincipalsQuery, toPrincipalsSearch } from "@/lib/principals/principals-query";
import { getActor } from "@/app/_auth/get-actor";
import { CardSkeleton } from "@/app/_components/card-skeleton";
import { EmptyState } from "@/app/_components/empty-state";
import { QueryProblems } from "@/app/_components/query-problems";
import { TimeAgo } from "@/app/_components/time-ago";
import { PrincipalsFilters } from "@/app/principals/principals-filters";
import { PrincipalsTable } from "@/app/principals/principals-table";
import { WhoCanForm } from "@/app/principals/who-can-form";
import { WhoCanResults } from "@/app/principals/who-can-results";
import styles from "@/app/principals/principals.module.css";

export const metadata: Metadata = { title: "Principals" };

type SearchParams = Record<string, string | string[] | undefined>;
const text = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().max(2048).catch("")).catch("");

export default async function PrincipalsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const parsed = parsePrincipalsQuery(params);
  if (!parsed.ok) {
    return (
      <>
        <h1>Principals</h1>
        <QueryProblems problems={parsed.problems} resetHref="/principals" />
      </>
    );
  }
  const query = parsed.query;
  const actor = await getActor();
  const database = db();
  const [page, visible] = await Promise.all([findPrincipals(database, actor, query), findLatestAnalyses(database, actor.accountScope)]);
  const accounts = visible.map((analysis) => ({ id: analysis.accountId, name: analysis.accountName }));
  const whoCan = { action: text.parse(params.action) ?? "", resource: text.parse(params.resource) ?? "" };
  const filtered = toPrincipalsSearch({ ...query, page: undefined }) !== "";
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Principals</h1>
          <p className="muted">Users and roles of each account&apos;s latest IAM analysis: what they can do, how they could escalate, and how to narrow them.</p>
        </div>
      </div>
      <section className={`card ${styles.whoCan}`} aria-labelledby="who-can-heading">
        <h2 id="who-can-heading">Who can…</h2>
        <WhoCanForm action={whoCan.action} resource={whoCan.resource} account={query.account ?? ""} accounts={accounts} />
        {whoCan.action && whoCan.resource ? (
          <Suspense fallback={<CardSkeleton height={120} />}>
            <WhoCanResults actor={actor} action={whoCan.action} resource={whoCan.resource} account={query.account} />
          </Suspense>
        ) : null}
      </section>
      <PrincipalsFilters query={query} accounts={accounts} />
      {page.analyses.length > 0 ? (
        <p className={`muted ${styles.analyses}`}>
          Analysed:{" "}
          {page.analyses.map((analysis, index) => (
            <span key={analysis.id}>
              {index > 0 ? "; " : ""}
              {analysis.accountName} ({analysis.accountId}) <TimeAgo date={analysis.finishedAt} />, {analysis.principalCount} principals
              {analysis.problemCount > 0 ? `, ${analysis.problemCount} policy problems` : ""}
            </span>
          ))}
        </p>
      ) : null}
      <p className={styles.summary} role="status">
        <span data-testid="principals-total">{page.total.toLocaleString("en")} {page.total === 1 ? "principal" : "principals"}</span>
        {page.pageCount > 1 ? <span className="muted">Page {page.page} of {page.pageCount}</span> : null}
      </p>
      {page.items.length === 0 ? (
        <EmptyState title={page.analyses.length === 0 ? "No IAM analysis yet" : filtered ? "No principals match these filters" : "No users or roles"}>
          {page.analyses.length === 0
            ? "The IAM analysis runs after each scan. Start one from the Scans page or run `vigil scan`."
            : filtered ? <Link href="/principals">Clear the filters</Link> : "The latest scans found no IAM users or roles."}
        </EmptyState>
      ) : (
        <PrincipalsTable items={page.items} />
      )}
      <nav className={styles.pager} aria-label="Pages">
        {page.page > 1 ? <Link href={`/principals${toPrincipalsSearch({ ...query, page: page.page - 1 })}`} rel="prev">« Previous page</Link> : null}
        {page.page < page.pageCount ? <Link href={`/principals${toPrincipalsSearch({ ...query, page: page.page + 1 })}`} rel="next">Next page »</Link> : null}
      </nav>
    </>
  );
}
