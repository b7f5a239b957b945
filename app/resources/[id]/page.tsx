import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { diffConfigurations } from "@/lib/inventory/diff-configurations";
import { getResource } from "@/lib/inventory/get-resource";
import { getResourceVersionPair } from "@/lib/inventory/get-resource-version-pair";
import { getScope } from "@/app/_auth/get-actor";
import { VersionDiff } from "@/app/resources/[id]/version-diff";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import { SeverityBadge, StatusBadge } from "@/app/_components/badges";
import { JsonView } from "@/app/_components/json-view";
import { QueryProblems } from "@/app/_components/query-problems";
import { TimeAgo } from "@/app/_components/time-ago";
import { formatDateTime } from "@/app/_format/format-time";
import styles from "@/app/findings/[id]/finding.module.css";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const versionId = z.string().regex(/^\d{1,18}$/, "a version is one of the numbers this page links to").optional();

// Another account's resource reads as absent (404), never as forbidden.
const readResource = cache(async (id: string) => getResource(id, { scope: await getScope() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return { title: "Resource" };
  return { title: (await readResource(id))?.name ?? "Resource" };
}

export default async function ResourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const resource = await readResource(id);
  if (!resource) notFound();
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  // A malformed version in the link is said, not silently replaced by the default pair.
  const from = versionId.safeParse(first(query.from));
  const to = versionId.safeParse(first(query.to));
  const problems = [...(from.success ? [] : [`from: ${from.error.issues[0]?.message}`]), ...(to.success ? [] : [`to: ${to.error.issues[0]?.message}`])];
  const pair = resource.versions.length >= 2
    ? await getResourceVersionPair(id, { scope: await getScope(), from: from.success ? from.data : undefined, to: to.success ? to.data : undefined })
    : null;
  return (
    <>
      <p className="muted"><Link href="/resources">Resources</Link> / {resource.type}</p>
      <div className={styles.header}>
        <h1>{resource.name}{resource.deletedAt ? <span className="muted"> (deleted)</span> : null}</h1>
        <p className="mono muted">{resource.arn}</p>
      </div>
      <div className={styles.layout}>
        <div className={styles.mainColumn}>
          <section className="card" aria-labelledby="findings-heading" id="findings">
            <h2 id="findings-heading">Findings ({resource.findingCount})</h2>
            {resource.findings.length === 0 ? (
              <p className="muted">No check has failed on this resource.</p>
            ) : (
              <table className="data">
                <thead><tr><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Status</th><th scope="col">Last seen</th></tr></thead>
                <tbody>
                  {resource.findings.map((finding) => (
                    <tr key={finding.id}>
                      <td><SeverityBadge severity={finding.severity} /></td>
                      <td><Link href={`/findings/${finding.id}`}>{finding.title}</Link><div className="muted mono">{finding.checkId}</div></td>
                      <td><StatusBadge status={finding.status} /></td>
                      <td><TimeAgo date={finding.lastSeenAt} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {resource.findingCount > resource.findings.length ? (
              <p className="muted">
                Showing the {resource.findings.length} most severe. <Link href={`/findings?status=any&q=${encodeURIComponent(resource.arn)}`}>See all in the findings list</Link>.
              </p>
            ) : null}
          </section>
          <section className="card" aria-labelledby="diff-heading" id="diff">
            <h2 id="diff-heading">What changed between versions</h2>
            {problems.length > 0 ? <QueryProblems problems={problems} resetHref={`/resources/${resource.id}#diff`} /> : null}
            <VersionDiff resourceId={resource.id} versions={resource.versions} from={pair?.from ?? null} to={pair?.to ?? null}
              changes={pair ? diffConfigurations(pair.from.configuration, pair.to.configuration) : resource.versions.length >= 2 ? null : []} />
          </section>
          <section className="card" aria-labelledby="config-heading">
            <h2 id="config-heading">Current configuration</h2>
            <JsonView value={resource.configuration} label="Configuration" />
          </section>
        </div>
        <aside className={styles.side}>
          <section className="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">Details</h2>
            <dl className="facts">
              <dt>Type</dt><dd>{resource.type}</dd>
              <dt>Service</dt><dd>{serviceLabel(resource.service)}</dd>
              <dt>Region</dt><dd>{resource.region}</dd>
              <dt>Account</dt><dd>{resource.account.name} <span className="mono">({resource.account.id})</span></dd>
              <dt>First seen</dt><dd><TimeAgo date={resource.firstSeenAt} /></dd>
              <dt>Last seen</dt><dd><TimeAgo date={resource.lastSeenAt} /></dd>
              {resource.deletedAt ? (<><dt>Deleted</dt><dd><TimeAgo date={resource.deletedAt} /></dd></>) : null}
            </dl>
          </section>
          <section className="card" aria-labelledby="versions-heading">
            <h2 id="versions-heading">Versions ({resource.versionCount})</h2>
            <p className="muted">A version is stored each time a scan sees the configuration change.</p>
            <ol reversed className="mono" data-testid="resource-versions">
              {resource.versions.map((version) => (
                <li key={version.id}>
                  {formatDateTime(version.capturedAt)} <span className="muted" title={version.hash}>{version.hash.slice(0, 12)}</span>
                </li>
              ))}
            </ol>
            {resource.versionCount > resource.versions.length ? (
              <p className="muted">Showing the newest {resource.versions.length}.</p>
            ) : null}
          </section>
        </aside>
      </div>
    </>
  );
}
