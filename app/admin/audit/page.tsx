import type { Metadata } from "next";
import Link from "next/link";
import { parseAuditQuery } from "@/lib/audit/audit.schemas";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { requireActor } from "@/lib/auth/require-actor";
import { db } from "@/lib/db/client";
import { QueryProblems } from "@/app/_components/query-problems";
import { TimeAgo } from "@/app/_components/time-ago";
import styles from "@/app/admin/admin.module.css";

export const metadata: Metadata = { title: "Audit trail" };

type Params = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const parsed = parseAuditQuery(params);
  if (!parsed.ok) return (<><h1>Audit trail</h1><QueryProblems problems={parsed.problems} resetHref="/admin/audit" /></>);
  const query = parsed.query;
  const page = await findAuditEvents(db(), actor, query);
  const filters = new URLSearchParams(Object.entries({ action: query.action, actor: query.actor, outcome: query.outcome }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const exportHref = (format: string) => `/admin/audit/export?${new URLSearchParams([...filters, ["format", format]]).toString()}`;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Audit trail</h1>
          <p className="muted">Every change and sign-in attempt: who, when, from where and what changed. Append-only.</p>
        </div>
        <p><a className="button secondary" href={exportHref("csv")}>Export CSV</a> <a className="button secondary" href={exportHref("json")}>Export JSON</a></p>
      </div>
      <form className={styles.form} method="get" aria-label="Filter the audit trail">
        <label>Action<input name="action" defaultValue={query.action ?? ""} placeholder="auth.sign_in" maxLength={64} /></label>
        <label>Actor<input name="actor" defaultValue={query.actor ?? ""} maxLength={320} /></label>
        <label>Outcome<select name="outcome" defaultValue={query.outcome ?? ""}><option value="">any</option><option>success</option><option>failure</option><option>denied</option></select></label>
        <button type="submit">Filter</button>
      </form>
      <table className="data" aria-label="Audit events">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Outcome</th><th scope="col">Target</th><th scope="col">From</th><th scope="col">What changed</th></tr></thead>
        <tbody>
          {page.items.map((event) => (
            <tr key={event.id}>
              <td><TimeAgo date={event.occurredAt} /></td>
              <td>{event.actorLabel}</td>
              <td className="mono">{event.action}</td>
              <td>{event.outcome}</td>
              <td className="mono">{event.targetType ? `${event.targetType}:${event.targetId}` : "—"}</td>
              <td>{event.ip ?? "—"}<div className="muted">{event.userAgent?.slice(0, 60)}</div></td>
              <td className={styles.pre}>{event.changes ? JSON.stringify(event.changes) : ""}{event.details ? ` ${JSON.stringify(event.details)}` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.nextBefore ? <p><Link href={`/admin/audit?${new URLSearchParams([...filters, ["before", page.nextBefore]]).toString()}`} rel="next">Older events »</Link></p> : null}
    </>
  );
}
