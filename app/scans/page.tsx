import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { findScanHistories } from "@/lib/scans/find-scan-histories";
import { scopeOf } from "@/lib/auth/account-scope";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/app/_auth/get-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { QueryProblems } from "@/app/_components/query-problems";
import { ScanNowButton } from "@/app/scans/scan-now-button";
import { ScheduleForm } from "@/app/scans/schedule-form";
import styles from "@/app/scans/scans.module.css";
import { ScanTable } from "@/app/scans/scan-table";

export const metadata: Metadata = { title: "Scans" };

/** Scans listed per account; with many accounts each shows its few newest, and ?account= shows one account's longer history. */
const FULL_HISTORY = 25;
const SHORT_HISTORY = 5;
const MANY_ACCOUNTS = 10;
const accountParam = z.string().regex(/^\d{12}$/, "account must be a 12-digit AWS account id").optional();

export default async function ScansPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const actor = await getActor();
  const scope = scopeOf(actor);
  const focus = accountParam.safeParse((await searchParams).account);
  if (!focus.success) {
    return (
      <>
        <h1>Scans</h1>
        <QueryProblems problems={focus.error.issues.map((issue) => issue.message)} resetHref="/scans" />
      </>
    );
  }
  const accounts = (await findAccounts(scope)).filter((account) => !focus.data || account.id === focus.data);
  const limit = accounts.length > MANY_ACCOUNTS ? SHORT_HISTORY : FULL_HISTORY;
  const histories = await findScanHistories({ scope, ...(focus.data ? { accountId: focus.data } : {}), limit });
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Scans</h1>
          <p className="muted">
            Every scan per account: how long it took, what it read and what it changed. Gaps are the APIs a scan could
            not read; findings for those parts may be missing until a later scan reads them.
          </p>
        </div>
      </div>
      {focus.data ? <p><Link href="/scans">Every account&apos;s scans</Link></p> : null}
      {accounts.length === 0 ? <EmptyState title="No accounts yet">Add an AWS account or start Vigil with the sample account.</EmptyState> : null}
      <div className="grid">
        {accounts.map((account) => (
          <section key={account.id} aria-labelledby={`account-${account.id}`}>
            <div className={styles.accountHeader}>
              <h2 id={`account-${account.id}`}>
                {account.name} <span className="muted mono">{account.id}</span>
                {account.source === "sample" ? <span className="muted"> · sample data</span> : null}
              </h2>
              {can(actor, "scans:run", { accountId: account.id }) ? <ScanNowButton accountId={account.id} disabled={!account.enabled} /> : null}
            </div>
            <div className={styles.schedule}>
              <ScheduleForm accountId={account.id} schedule={account.scanSchedule} canEdit={can(actor, "accounts:manage", { accountId: account.id })} />
            </div>
            <ScanTable scans={histories.get(account.id) ?? []} />
            {limit === SHORT_HISTORY && (histories.get(account.id)?.length ?? 0) === SHORT_HISTORY ? (
              <p><Link href={`/scans?account=${account.id}`}>Older scans of {account.name}</Link></p>
            ) : null}
          </section>
        ))}
      </div>
    </>
  );
}
