import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { findFramework } from "@/lib/compliance/frameworks";
import { findComplianceTrend } from "@/lib/compliance/find-compliance-trend";
import { sectionAnchor } from "@/lib/compliance/section-anchor";
import { shapeScoreTrend } from "@/lib/posture/shape-score-trend";
import { QueryProblems } from "@/app/_components/query-problems";
import { ScoreTrendChart } from "@/app/_components/score-trend-chart";
import { TimeAgo } from "@/app/_components/time-ago";
import { ScopeForm } from "@/app/compliance/scope-form";
import { RequirementTable } from "@/app/compliance/[framework]/requirement-table";
import { StatusCounts } from "@/app/compliance/status-counts";
import { loadReport } from "@/app/compliance/[framework]/load-report";
import styles from "@/app/compliance/compliance.module.css";

type Props = { params: Promise<{ framework: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const framework = findFramework((await params).framework);
  return { title: framework ? `${framework.name} compliance` : "Compliance" };
}

export default async function FrameworkPage({ params, searchParams }: Props) {
  await connection();
  const { framework } = await params;
  const loaded = await loadReport(framework, await searchParams);
  if (!loaded.ok) return <><h1>Compliance</h1><QueryProblems problems={loaded.problems} resetHref={`/compliance/${framework}`} /></>;
  const { report, accounts, accountIds, readerScope, scopeLabel, query } = loaded;
  const trendRows = await findComplianceTrend(framework, { scope: readerScope, accountIds });
  const trend = shapeScoreTrend(trendRows, new Map(accounts.map((account) => [account.id, account.name])));
  return (
    <>
      <p className="muted"><Link href={`/compliance${query}`}>Compliance</Link> / {report.framework.name}</p>
      <div className="page-header">
        <div>
          <h1>{report.framework.name} <span className="muted">v{report.framework.version}</span></h1>
          <p className="muted">{scopeLabel}. {report.scans.length === 0 ? "No finished scan yet." : (
            <>Latest scans: {report.scans.map((scan, index) => <span key={scan.id}>{index > 0 ? ", " : ""}{scan.accountName} <TimeAgo date={scan.finishedAt} /></span>)}.</>
          )}</p>
        </div>
        <div className={styles.actions}>
          <ScopeForm action={`/compliance/${framework}`} accounts={accounts} selected={accountIds} />
          <a className="button secondary" href={`/compliance/${framework}/csv${query}`} download>Download CSV</a>
          <Link className="button" href={`/compliance/${framework}/report${query}`}>Printable report</Link>
        </div>
      </div>
      <div className={styles.summaryGrid}>
        <section className="card" aria-labelledby="summary-heading">
          <h2 id="summary-heading">Summary</h2>
          <p className={styles.rate} data-testid="compliance-rate">
            {report.summary.passRate === null ? "—" : `${report.summary.passRate}%`}<span className="muted"> of assessed controls pass</span>
          </p>
          <StatusCounts totals={report.summary.totals} />
        </section>
        <section className="card" aria-labelledby="trend-heading">
          <h2 id="trend-heading">Score over time</h2>
          <ScoreTrendChart trend={trend} label={`${report.framework.name} score per account over time`} height={200} />
        </section>
      </div>
      {report.summary.sections.map((section) => (
        <section key={section.section} className={`card ${styles.section}`} aria-labelledby={sectionAnchor(section.section)}>
          <div className={styles.sectionHeader}>
            <h2 id={sectionAnchor(section.section)}>{section.section}</h2>
            <span className="muted">{section.passRate === null ? "nothing assessed" : `${section.passRate}% pass`}</span>
          </div>
          <StatusCounts totals={section.totals} />
          <RequirementTable section={section} failingResources={report.failingResources} moreResources={report.moreResources} />
        </section>
      ))}
    </>
  );
}
