import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { findFramework } from "@/lib/compliance/frameworks";
import { sectionAnchor } from "@/lib/compliance/section-anchor";
import { QueryProblems } from "@/app/_components/query-problems";
import { formatDateTime } from "@/app/_format/format-time";
import { PrintButton } from "@/app/compliance/[framework]/report/print-button";
import { RequirementTable } from "@/app/compliance/[framework]/requirement-table";
import { StatusCounts } from "@/app/compliance/status-counts";
import { loadReport } from "@/app/compliance/[framework]/load-report";
import styles from "@/app/compliance/compliance.module.css";

type Props = { params: Promise<{ framework: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const framework = findFramework((await params).framework);
  return { title: framework ? `${framework.name} report` : "Compliance report" };
}

/** The report meant for paper or PDF: date, scope, summary, every control, and room for signatures. */
export default async function ComplianceReportPage({ params, searchParams }: Props) {
  await connection();
  const { framework } = await params;
  const loaded = await loadReport(framework, await searchParams);
  if (!loaded.ok) return <QueryProblems problems={loaded.problems} resetHref={`/compliance/${framework}/report`} />;
  const { report, scopeLabel, query } = loaded;
  const generated = new Date();
  const { totals, passRate } = report.summary;
  return (
    <article aria-labelledby="report-title">
      <p className="no-print muted">
        <Link href={`/compliance/${framework}${query}`}>Back to the interactive view</Link> · <PrintButton />
      </p>
      <h1 id="report-title">Compliance report: {report.framework.name} v{report.framework.version}</h1>
      <dl className={styles.reportMeta}>
        <dt>Generated</dt><dd>{formatDateTime(generated)}</dd>
        <dt>Scope</dt><dd>{scopeLabel}</dd>
        <dt>Evidence</dt>
        <dd>
          {report.scans.length === 0 ? "No finished scan." : report.scans.map((scan) => (
            <div key={scan.id}>{scan.accountName} ({scan.accountId}): scan of {scan.finishedAt ? formatDateTime(scan.finishedAt) : "unknown date"}{scan.complete ? "" : ", incomplete (some APIs could not be read)"}</div>
          ))}
        </dd>
      </dl>
      <section className="card" aria-labelledby="statement-heading">
        <h2 id="statement-heading">Summary</h2>
        <p data-testid="report-statement">
          Of {totals.pass + totals.fail + totals.not_assessed + totals.not_applicable} controls, {totals.pass} pass and {totals.fail} fail
          {passRate === null ? "" : ` (${passRate}% of assessed controls pass)`}; {totals.not_assessed} could not be assessed automatically and{" "}
          {totals.not_applicable} do not apply to the collected resources.
        </p>
        <StatusCounts totals={totals} />
        <div className={styles.signature} aria-label="Signatures">
          <div>Prepared by (name, role)</div>
          <div>Reviewed and approved by</div>
          <div>Date</div>
        </div>
      </section>
      {report.summary.sections.map((section) => (
        <section key={section.section} className={styles.section} aria-labelledby={sectionAnchor(section.section, "report")}>
          <h2 id={sectionAnchor(section.section, "report")} style={{ marginTop: "1.25rem" }}>
            {section.section} <span className="muted">{section.passRate === null ? "" : `· ${section.passRate}% pass`}</span>
          </h2>
          <RequirementTable section={section} failingResources={report.failingResources} moreResources={report.moreResources} printable />
        </section>
      ))}
    </article>
  );
}
