import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { findPrincipalIds } from "@/lib/principals/find-principal-ids";
import { getPrincipal } from "@/lib/principals/get-principal";
import { getActor } from "@/app/_auth/get-actor";
import { SeverityBadge } from "@/app/_components/badges";
import { TimeAgo } from "@/app/_components/time-ago";
import { EscalationPaths } from "@/app/principals/[id]/escalation-paths";
import { PermissionSummary } from "@/app/principals/[id]/permission-summary";
import { RiskList } from "@/app/principals/[id]/risk-list";
import { SuggestionView } from "@/app/principals/[id]/suggestion-view";
import { AdminBadge, RiskCategoryBadges } from "@/app/principals/principal-badges";
import styles from "@/app/principals/[id]/principal.module.css";

type Props = { params: Promise<{ id: string }> };

const readPrincipal = cache(async (id: string) => (z.uuid().safeParse(id).success ? getPrincipal(db(), await getActor(), id) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await readPrincipal((await params).id))?.name ?? "Principal" };
}

export default async function PrincipalPage({ params }: Props) {
  const principal = await readPrincipal((await params).id);
  if (!principal) notFound();
  const { detail, analysis } = principal;
  const links = await findPrincipalIds(db(), analysis.id, detail.escalationPaths.flatMap((path) => path.hops.flatMap((hop) => [hop.from, hop.to])));
  return (
    <>
      <p className="muted"><Link href="/principals">Principals</Link> / {principal.kind === "user" ? "IAM user" : "IAM role"}</p>
      <div className={styles.header}>
        <div className={styles.badges}>
          {principal.fullAdmin ? <AdminBadge /> : null}
          {principal.topSeverity ? <SeverityBadge severity={principal.topSeverity} /> : null}
          <RiskCategoryBadges categories={principal.riskCategories} />
        </div>
        <h1>{principal.name}</h1>
        <p className="mono muted">{principal.arn}</p>
        {principal.latestId && principal.latestId !== principal.id ? (
          <p className="notice warn">This is an older analysis. <Link href={`/principals/${principal.latestId}`}>See the latest one</Link>.</p>
        ) : null}
      </div>
      <div className={styles.layout}>
        <div className={styles.mainColumn}>
          <section className="card" aria-labelledby="risks-heading">
            <h2 id="risks-heading">Risks ({detail.risks.length})</h2>
            <RiskList risks={detail.risks} policies={detail.policies} />
          </section>
          <section className="card" aria-labelledby="paths-heading">
            <h2 id="paths-heading">Escalation paths ({detail.escalationPaths.length})</h2>
            <EscalationPaths arn={detail.arn} paths={detail.escalationPaths} policies={detail.policies} links={links} />
          </section>
          <section className="card" aria-labelledby="suggestion-heading">
            <h2 id="suggestion-heading">Least-privilege suggestion</h2>
            <SuggestionView id={principal.id} suggestion={detail.suggestion} policies={detail.policies} />
          </section>
        </div>
        <aside className={styles.side}>
          <section className="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">Details</h2>
            <dl className="facts">
              <dt>Kind</dt><dd>{principal.kind === "user" ? "User" : "Role"}</dd>
              <dt>Account</dt><dd>{analysis.account.name} <span className="mono">({principal.accountId})</span></dd>
              <dt>Analysed</dt><dd><TimeAgo date={analysis.finishedAt} /></dd>
              <dt>Usage window</dt><dd>{analysis.windowDays} days</dd>
              <dt>Policies</dt><dd>{detail.policies.length}</dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="permissions-heading">
            <h2 id="permissions-heading">Effective permissions</h2>
            <PermissionSummary summary={detail.permissions} />
          </section>
        </aside>
      </div>
    </>
  );
}
