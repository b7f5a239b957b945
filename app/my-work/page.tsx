import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { scopeOf } from "@/lib/auth/account-scope";
import { can } from "@/lib/auth/permissions";
import { findMyWork } from "@/lib/findings/find-my-work";
import { dueState } from "@/lib/findings/summarise-scan-changes";
import { getSeveritySlas } from "@/lib/settings/get-severity-slas";
import { SEVERITIES } from "@/lib/findings/findings.schemas";
import { severityLabel } from "@/lib/findings/get-chart-series";
import { getActor } from "@/app/_auth/get-actor";
import { SeverityBadge, StatusBadge } from "@/app/_components/badges";
import { EmptyState } from "@/app/_components/empty-state";
import { TimeAgo } from "@/app/_components/time-ago";
import { formatDateTime } from "@/app/_format/format-time";
import styles from "@/app/my-work/my-work.module.css";

export const metadata: Metadata = { title: "My work" };

const DUE_LABELS = { overdue: "Overdue", due_soon: "Due this week", on_track: "On track", none: "No due date" } as const;

export default async function MyWorkPage() {
  await connection();
  const actor = await getActor();
  const [work, sla] = await Promise.all([findMyWork(actor.userId, { scope: scopeOf(actor) }), getSeveritySlas()]);
  const now = new Date();
  const changed = work.changes.opened.length + work.changes.resolved.length + work.changes.regressed.length;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>My work</h1>
          <p className="muted">Findings assigned to you that are still open or in progress, soonest due first.</p>
        </div>
        <Link className="button secondary" href="/findings?assignee=me">Open in the findings list</Link>
      </div>
      <div className={styles.layout}>
        <div className={styles.main}>
          {work.findings.length === 0 ? (
            <EmptyState title="Nothing assigned to you">Assign yourself findings from the <Link href="/findings">findings list</Link> or a finding&apos;s page.</EmptyState>
          ) : (
            <table className="data" aria-label="Findings assigned to me">
              <thead>
                <tr><th scope="col">Due</th><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Status</th><th scope="col">First seen</th></tr>
              </thead>
              <tbody>
                {work.findings.map((finding) => {
                  const state = dueState(finding.dueAt, now);
                  return (
                    <tr key={finding.id}>
                      <td>
                        <span className={`${styles.due} ${styles[state]}`}>{DUE_LABELS[state]}</span>
                        {finding.dueAt ? <div className="muted">{formatDateTime(finding.dueAt)}</div> : null}
                      </td>
                      <td><SeverityBadge severity={finding.severity} /></td>
                      <td>
                        <Link href={`/findings/${finding.id}`}>{finding.title}</Link>
                        <div className="muted mono">{finding.resourceArn}</div>
                      </td>
                      <td><StatusBadge status={finding.status} /></td>
                      <td><TimeAgo date={finding.firstSeenAt} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
        <aside className={styles.side}>
          <section className="card" aria-labelledby="changes-heading" data-testid="scan-changes">
            <h2 id="changes-heading">Since the last scan</h2>
            {work.lastScans.length === 0 ? <p className="muted">No scan has finished yet.</p> : changed === 0 ? (
              <p className="muted">The latest scan changed none of your findings.</p>
            ) : (
              ([["opened", "New"], ["regressed", "Regressed"], ["resolved", "Resolved"]] as const).map(([key, label]) =>
                work.changes[key].length === 0 ? null : (
                  <div key={key}>
                    <h3>{label} ({work.changes[key].length})</h3>
                    <ul className={styles.changes}>
                      {work.changes[key].map((finding) => (
                        <li key={finding.id}><SeverityBadge severity={finding.severity} /> <Link href={`/findings/${finding.id}`}>{finding.title}</Link></li>
                      ))}
                    </ul>
                  </div>
                ),
              )
            )}
          </section>
          <section className="card" aria-labelledby="sla-heading">
            <h2 id="sla-heading">Severity SLAs</h2>
            <p className="muted">Due dates are first seen + these days, unless someone set one by hand.</p>
            <dl className="facts">
              {SEVERITIES.map((severity) => (
                <div key={severity} style={{ display: "contents" }}>
                  <dt>{severityLabel(severity)}</dt>
                  <dd>{sla.slas[severity] === null ? "no due date" : `${sla.slas[severity]} days`}</dd>
                </div>
              ))}
            </dl>
            <p className="muted">{sla.source === "default" ? "Vigil's defaults." : "Set in settings."}{" "}
              {can(actor, "settings:manage") ? <Link href="/settings">Change</Link> : "An admin can change them."}</p>
          </section>
        </aside>
      </div>
    </>
  );
}
