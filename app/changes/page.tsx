import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getActor } from "@/app/_auth/get-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { QueryProblems } from "@/app/_components/query-problems";
import { formatDateTime } from "@/app/_format/format-time";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { scopeOf } from "@/lib/auth/account-scope";
import { authorize } from "@/lib/auth/permissions";
import { countChanges } from "@/lib/changes/change-set";
import { parseChangesQuery } from "@/lib/changes/changes-query";
import { findAccountChanges } from "@/lib/changes/find-account-changes";
import { db } from "@/lib/db/client";
import { AnomalyList } from "./anomaly-list";
import { FindingChanges } from "./finding-changes";
import { ResourceChanges } from "./resource-changes";

export const metadata: Metadata = { title: "What changed" };

/** "What changed": since the last scan (default), since a date (?since=YYYY-MM-DD) or in one scan (?scan=id). */
export default async function ChangesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const actor = await getActor();
  authorize(actor, "findings:read");
  const parsed = parseChangesQuery(await searchParams);
  if (!parsed.ok) return <><h1>What changed</h1><QueryProblems problems={parsed.problems} resetHref="/changes" /></>;
  const query = parsed.query;
  const scope = scopeOf(actor);
  const accounts = (await findAccounts(scope)).filter((account) => !query.account || account.id === query.account);
  const since = query.since ? new Date(`${query.since}T00:00:00Z`) : undefined;
  const results = await Promise.all(accounts.map((account) => findAccountChanges(db(), scope, { accountId: account.id, since, scanId: query.scan })));

  return (
    <>
      <div className="page-header">
        <div>
          <h1>What changed</h1>
          <p className="muted">
            {since ? `Everything that changed since ${query.since} (UTC).` : "The latest scan of each account against the scan before it."} Resources
            added, removed and changed field by field; findings new, resolved and regressed; and changes that are rare for the account.
          </p>
        </div>
        <form method="get" style={{ display: "flex", gap: "0.5rem", alignItems: "flex-end" }}>
          <label style={{ display: "flex", flexDirection: "column", gap: "0.2rem" }}>
            Since
            <input type="date" name="since" defaultValue={query.since} />
          </label>
          <button type="submit" className="secondary">Show</button>
          {since ? <Link href="/changes" className="button secondary">Since last scan</Link> : null}
        </form>
      </div>
      {accounts.length === 0 ? <EmptyState title="No accounts yet">Add an AWS account or start Vigil with the sample account.</EmptyState> : null}
      <div className="grid">
        {accounts.map((account, index) => {
          const { changes, anomalies } = results[index] ?? { changes: null, anomalies: [] };
          return (
            <section key={account.id} aria-labelledby={`changes-${account.id}`} className="grid">
              <h2 id={`changes-${account.id}`}>
                {account.name} <span className="muted mono">{account.id}</span>
              </h2>
              {!changes ? (
                <p className="muted">No finished scan yet.</p>
              ) : (
                <>
                  <p className="muted">
                    {changes.from ? `From ${formatDateTime(changes.from)} to ${formatDateTime(changes.to)}` : "The account's first scan"}
                    {changes.scanId ? <> · scan <span className="mono">{changes.scanId.slice(0, 8)}</span></> : null} · {countChanges(changes)} changes
                  </p>
                  <AnomalyList anomalies={anomalies} />
                  <FindingChanges findings={changes.findings} />
                  <ResourceChanges resources={changes.resources} />
                </>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
