import type { Metadata } from "next";
import { connection } from "next/server";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { findScans } from "@/lib/scans/find-scans";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/app/_auth/get-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { ScanNowButton } from "@/app/scans/scan-now-button";
import { ScheduleForm } from "@/app/scans/schedule-form";
import styles from "@/app/scans/scans.module.css";
import { ScanTable } from "@/app/scans/scan-table";

export const metadata: Metadata = { title: "Scans" };

export default async function ScansPage() {
  await connection();
  const [accounts, actor] = await Promise.all([findAccounts(), getActor()]);
  const histories = await Promise.all(accounts.map((account) => findScans({ accountId: account.id, limit: 25 })));
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
      {accounts.length === 0 ? <EmptyState title="No accounts yet">Add an AWS account or start Vigil with the sample account.</EmptyState> : null}
      <div className="grid">
        {accounts.map((account, index) => (
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
            <ScanTable scans={histories[index] ?? []} />
          </section>
        ))}
      </div>
    </>
  );
}
