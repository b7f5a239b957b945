import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { findCheck } from "@/lib/checks/catalogue";
import { findFramework } from "@/lib/compliance/frameworks";
import { findAssignees } from "@/lib/findings/find-assignees";
import { getFinding } from "@/lib/findings/get-finding";
import { getFindingTriage } from "@/lib/findings/get-finding-triage";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import { getResource } from "@/lib/inventory/get-resource";
import { SeverityBadge } from "@/app/_components/badges";
import { TimeAgo } from "@/app/_components/time-ago";
import { formatDateTime } from "@/app/_format/format-time";
import { getActor, getScope } from "@/app/_auth/get-actor";
import { EvidenceView } from "@/app/findings/[id]/evidence-view";
import { FindingTimeline } from "@/app/findings/[id]/finding-timeline";
import { RemediationPanel } from "@/app/findings/[id]/remediation-panel";
import { TriagePanel } from "@/app/findings/[id]/triage-panel";
import styles from "@/app/findings/[id]/finding.module.css";

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page share one read per request. The catalogue supplies rationale and remediation.
// Another account's finding reads as absent (404), never as forbidden.
const readFinding = cache(async (id: string) => getFinding(id, { scope: await getScope(), lookupCheck: findCheck }));

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
  const scope = await getScope();
  const [actor, triage, assignees, resource] = await Promise.all([
    getActor(),
    getFindingTriage(finding.id, scope),
    findAssignees(),
    getResource(finding.resourceId, { scope, versionLimit: 8, findingLimit: 0 }),
  ]);
  if (!triage) notFound();
  const target = { accountId: finding.accountId, assigneeId: finding.assigneeId };
  const versions = resource?.versions ?? [];
  return (
    <>
      <p className="muted"><Link href="/findings">Findings</Link> / {finding.checkId}</p>
      <div className={styles.header}>
        <div className={styles.badges}><SeverityBadge severity={finding.severity} /></div>
        <h1>{finding.title}</h1>
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
            <EvidenceView evidence={finding.evidence} />
          </section>
          <RemediationPanel check={finding.check} />
          <section className="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <FindingTimeline initial={triage} canComment={can(actor, "findings:triage", target)} />
          </section>
        </div>
        <aside className={styles.side}>
          <TriagePanel initial={triage} actor={actor} assignees={assignees.map(({ id, name }) => ({ id, name }))} />
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
            <h3 style={{ marginTop: "1rem" }}>Configuration history</h3>
            {versions.length === 0 ? <p className="muted">No stored versions.</p> : (
              <ol className={styles.history} aria-label="Configuration versions, newest first">
                {versions.map((version, index) => {
                  const older = versions[index + 1];
                  return (
                    <li key={version.id}>
                      <span>{formatDateTime(version.capturedAt)}</span>
                      {older ? (
                        <Link href={`/resources/${finding.resource.id}?from=${older.id}&to=${version.id}#diff`}>What changed</Link>
                      ) : <span className="muted">first seen</span>}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
          <section className="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">Details</h2>
            <dl className="facts">
              <dt>Check</dt><dd className="mono">{finding.checkId}</dd>
              <dt>First seen</dt><dd><TimeAgo date={finding.firstSeenAt} /><div className="muted">{formatDateTime(finding.firstSeenAt)}</div></dd>
              <dt>Last seen</dt><dd><TimeAgo date={finding.lastSeenAt} /><div className="muted">{formatDateTime(finding.lastSeenAt)}</div></dd>
              <dt>Status since</dt><dd><TimeAgo date={finding.statusChangedAt} /></dd>
              {finding.resolvedAt ? (<><dt>Resolved</dt><dd><TimeAgo date={finding.resolvedAt} />{finding.resolution ? ` (${finding.resolution.replace("_", " ")})` : ""}</dd></>) : null}
            </dl>
          </section>
          {finding.check && finding.check.compliance.length > 0 ? (
            <section className="card" aria-labelledby="compliance-heading">
              <h2 id="compliance-heading">Compliance</h2>
              <dl className={styles.mappings}>
                {[...new Set(finding.check.compliance.map((mapping) => mapping.framework))].map((framework) => [framework, finding.check!.compliance.filter((mapping) => mapping.framework === framework)] as const).map(([framework, mappings]) => (
                  <div key={framework}>
                    <dt>{findFramework(framework) ? <Link href={`/compliance/${framework}`}>{framework}</Link> : framework}</dt>
                    <dd>
                      {mappings.map((mapping, index) => (
                        <span key={mapping.requirement}>
                          {index > 0 ? ", " : null}
                          {findFramework(framework) ? <Link href={`/compliance/${framework}#req-${mapping.requirement}`}>{mapping.requirement}</Link> : mapping.requirement}
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
