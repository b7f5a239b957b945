import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { describeScope, parseComplianceScope } from "@/lib/compliance/compliance-scope";
import { findFrameworkOverview } from "@/lib/compliance/find-framework-overview";
import { getScope } from "@/app/_auth/get-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { QueryProblems } from "@/app/_components/query-problems";
import { ScopeForm } from "@/app/compliance/scope-form";
import { StatusCounts } from "@/app/compliance/status-counts";
import styles from "@/app/compliance/compliance.module.css";

export const metadata: Metadata = { title: "Compliance" };

export default async function CompliancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const scope = parseComplianceScope(await searchParams);
  if (!scope.ok) return <><h1>Compliance</h1><QueryProblems problems={scope.problems} resetHref="/compliance" /></>;
  const readerScope = await getScope();
  const [overview, accounts] = await Promise.all([findFrameworkOverview({ scope: readerScope, accountIds: scope.accountIds }), findAccounts(readerScope)]);
  const query = scope.accountIds.length > 0 ? `?account=${scope.accountIds.join(",")}` : "";
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Compliance</h1>
          <p className="muted">
            Scope: {describeScope(scope.accountIds.length > 0 ? scope.accountIds : (readerScope.accountIds ?? []), accounts)}, from every account&apos;s latest scan. A control
            passes when every resource its checks evaluated passed.
          </p>
        </div>
        <ScopeForm action="/compliance" accounts={accounts} selected={scope.accountIds} />
      </div>
      {overview.every((row) => row.scans.length === 0) ? (
        <EmptyState title="No scan results yet">Compliance appears when a scan finishes. <Link href="/scans">Go to scans</Link></EmptyState>
      ) : null}
      <div className={styles.frameworks}>
        {overview.map((row) => (
          <section key={row.framework.id} className="card" aria-labelledby={`fw-${row.framework.id}`}>
            <h2 id={`fw-${row.framework.id}`}>
              <Link href={`/compliance/${row.framework.id}${query}`}>{row.framework.name}</Link> <span className="muted">v{row.framework.version}</span>
            </h2>
            <p className={styles.rate}>
              {row.passRate === null ? "—" : `${row.passRate}%`}
              <span className="muted"> of assessed controls pass</span>
            </p>
            <StatusCounts totals={row.totals} />
          </section>
        ))}
      </div>
    </>
  );
}
