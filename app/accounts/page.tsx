import type { Metadata } from "next";
import Link from "next/link";
import { randomBytes } from "node:crypto";
import { connection } from "next/server";
import { scopeOf } from "@/lib/auth/account-scope";
import { can } from "@/lib/auth/permissions";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { getReadOnlyRoleTemplate } from "@/lib/accounts/get-read-only-role-template";
import { loadEnv } from "@/lib/env";
import { getActor } from "@/app/_auth/get-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { AddAccountForm } from "@/app/accounts/add-account-form";
import { CopyTemplate } from "@/app/accounts/copy-template";
import styles from "@/app/accounts/accounts.module.css";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  await connection();
  const actor = await getActor();
  const [accounts, cfn, terraform] = await Promise.all([
    findAccounts(scopeOf(actor)), getReadOnlyRoleTemplate("cloudformation"), getReadOnlyRoleTemplate("terraform"),
  ]);
  const mayManage = can(actor, "accounts:manage");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Accounts</h1>
          <p className="muted">The AWS accounts Vigil scans, each through a read-only role it assumes.</p>
        </div>
      </div>
      {accounts.length === 0 ? <EmptyState title="No accounts yet">Add one below.</EmptyState> : (
        <table className="data" aria-label="Accounts" style={{ marginBottom: "1rem" }}>
          <thead>
            <tr><th scope="col">Account</th><th scope="col">Source</th><th scope="col">Regions</th><th scope="col">Schedule (UTC)</th><th scope="col">State</th></tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td><Link href={`/findings?account=${account.id}`}>{account.name}</Link><div className="muted mono">{account.id}</div></td>
                <td>{account.source === "sample" ? "Built-in sample" : "AWS (assumed role)"}</td>
                <td>{account.regions.length === 0 ? <span className="muted">All enabled</span> : account.regions.join(", ")}</td>
                <td className="mono">{account.scanSchedule} <Link href="/scans" className="muted">change</Link></td>
                <td>{account.enabled ? "Enabled" : "Disabled"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={styles.layout}>
        <section className="card" aria-labelledby="add-heading">
          <h2 id="add-heading">Add an account</h2>
          {mayManage ? (
            <AddAccountForm defaultSchedule={loadEnv().VIGIL_DEFAULT_SCHEDULE} suggestedExternalId={`vigil-${randomBytes(12).toString("hex")}`} />
          ) : <p className="muted">Only an admin can add accounts.</p>}
        </section>
        <section className="card" aria-labelledby="role-heading">
          <h2 id="role-heading">The read-only role</h2>
          <p>
            Create this role in the account to scan, with Vigil&apos;s AWS account as trusted principal and the external id from the form.
            It grants exactly the read calls Vigil makes: no object reads, no decryption.
          </p>
          {[{ template: cfn, label: "CloudFormation template" }, { template: terraform, label: "Terraform" }].map(({ template, label }) => (
            <details key={label}>
              <summary>{label} ({template.fileName})</summary>
              {template.text ? <CopyTemplate text={template.text} label={label} /> : <p className="notice warn">The template file is missing from this installation (docs/read-only-role/{template.fileName}).</p>}
            </details>
          ))}
        </section>
      </div>
    </>
  );
}
