import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { findCheck } from "@/lib/checks/catalogue";
import { getFinding } from "@/lib/findings/get-finding";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import { SeverityBadge, StatusBadge } from "@/app/_components/badges";
import { JsonView } from "@/app/_components/json-view";
import { TimeAgo } from "@/app/_components/time-ago";
import { formatDateTime } from "@/app/_format/format-time";
import { FindingTimeline } from "@/app/findings/[id]/finding-timeline";
import { RemediationPanel } from "@/app/findings/[id]/remediation-panel";
import styles from "@/app/findings/[id]/finding.module.css";

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page share one read per request. The catalogue supplies rationale and remediation.
const readFinding = cache((id: string) => getFinding(id, { lookupCheck: findCheck }));

async function load(params: Props["params"]) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const finding = await readFinding(id);
  if (!finding) notFound();
  return finding;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return { title: "Finding" };
  const finding = await readFinding(id);
  return { title: finding?.title ?? "Finding" };
}

export default async function FindingPage({ params }: Props) {
  const finding = await load(params);
  return (
    <>
      <p className="muted"><Link href="/findings">Findings</Link> / {finding.checkId}</p>
      <div className={styles.header}>
        <div>
          <div className={styles.badges}>
            <SeverityBadge severity={finding.severity} />
            <StatusBadge status={finding.status} />
          </div>
          <h1>{finding.title}</h1>
        </div>
      </div>
      <div className={styles.layout}>
        <div className={styles.mainColumn}>
          <section className="card" aria-labelledby="wrong-heading">
            <h2 id="wrong-heading">What is wrong</h2>
            <p>
              {finding.check?.rationale ??
                `The check ${finding.checkId} failed on this ${finding.resourceType} resource. The evidence below is the configuration that failed it.`}
            </p>
            <h3>Evidence</h3>
            <JsonView value={finding.evidence} label="Evidence" />
          </section>
          <RemediationPanel check={finding.check} />
          <section className="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <FindingTimeline events={finding.events} />
          </section>
        </div>
        <aside className={styles.side}>
          <section className="card" aria-labelledby="resource-heading">
            <h2 id="resource-heading">Resource</h2>
            <p>
              <Link href={`/resources/${finding.resource.id}`}>{finding.resource.name}</Link>
              {finding.resource.deletedAt ? <span className="muted"> (deleted)</span> : null}
            </p>
            <p className="mono muted">{finding.resourceArn}</p>
            <dl className="facts">
              <dt>Type</dt><dd>{finding.resourceType}</dd>
              <dt>Service</dt><dd>{serviceLabel(finding.service)}</dd>
              <dt>Region</dt><dd>{finding.region}</dd>
              <dt>Account</dt><dd>{finding.account.name} <span className="mono">({finding.account.id})</span></dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">Details</h2>
            <dl className="facts">
              <dt>Check</dt><dd className="mono">{finding.checkId}</dd>
              <dt>First seen</dt><dd><TimeAgo date={finding.firstSeenAt} /><div className="muted">{formatDateTime(finding.firstSeenAt)}</div></dd>
              <dt>Last seen</dt><dd><TimeAgo date={finding.lastSeenAt} /><div className="muted">{formatDateTime(finding.lastSeenAt)}</div></dd>
              <dt>Status since</dt><dd><TimeAgo date={finding.statusChangedAt} /></dd>
              {finding.resolvedAt ? (<><dt>Resolved</dt><dd><TimeAgo date={finding.resolvedAt} />{finding.resolution ? ` (${finding.resolution.replace("_", " ")})` : ""}</dd></>) : null}
              <dt>Assignee</dt><dd>{finding.assignee ? finding.assignee.name : <span className="muted">Unassigned</span>}</dd>
              {finding.dueAt ? (<><dt>Due</dt><dd>{formatDateTime(finding.dueAt)}</dd></>) : null}
              {finding.suppressedUntil || finding.suppressionReason ? (
                <><dt>Suppressed</dt><dd>{finding.suppressionReason ?? ""}{finding.suppressedUntil ? ` until ${formatDateTime(finding.suppressedUntil)}` : ""}</dd></>
              ) : null}
            </dl>
          </section>
          {finding.check && finding.check.compliance.length > 0 ? (
            <section className="card" aria-labelledby="compliance-heading">
              <h2 id="compliance-heading">Compliance</h2>
              <ul>
                {finding.check.compliance.map((mapping) => (
                  <li key={`${mapping.framework} ${mapping.requirement}`}>{mapping.framework} {mapping.requirement}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
