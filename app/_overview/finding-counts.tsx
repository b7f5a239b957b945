import Link from "next/link";
import type { ReactNode } from "react";
import { getScope } from "@/app/_auth/get-actor";
import { loadAccounts } from "@/app/_overview/load-overview-data";
import { getOpenFindingCounts } from "@/lib/findings/get-open-finding-counts";
import { getOpenFindingCountsByAccount } from "@/lib/findings/get-open-finding-counts-by-account";
import { getAccountSeries, getServiceSeries, getSeveritySeries } from "@/lib/findings/get-chart-series";
import { LazyAccountChart, LazyServiceChart, LazySeverityChart } from "@/app/_overview/lazy-charts";
import { SeverityBadge } from "@/app/_components/badges";
import chartStyles from "@/app/_overview/charts.module.css";
import styles from "@/app/_overview/overview.module.css";

/**
 * Open findings by severity, by service and by account: three cards, each with its numbers as links (readable,
 * accessible) and its own chart for the shape. The charts load after the page (lazy-charts.tsx).
 */
export async function FindingCounts() {
  const scope = await getScope();
  const [counts, accountCounts, accounts] = await Promise.all([
    getOpenFindingCounts({ scope }),
    getOpenFindingCountsByAccount({ scope }),
    loadAccounts(),
  ]);
  const severities = getSeveritySeries(counts);
  const services = getServiceSeries(counts);
  const byAccount = getAccountSeries(accountCounts, new Map(accounts.map((account) => [account.id, account.name])));
  const total = severities.reduce((sum, bar) => sum + bar.count, 0);
  return (
    <>
      <section className="card" aria-labelledby="severity-heading">
        <h2 id="severity-heading">
          Open findings by severity <span className="muted">({total.toLocaleString("en")} total)</span>
        </h2>
        <ul className={styles.counts} data-testid="severity-counts">
          {severities.map((bar) => (
            <li key={bar.severity}>
              <Link href={`/findings?severity=${bar.severity}`}>
                <SeverityBadge severity={bar.severity} /> <strong>{bar.count.toLocaleString("en")}</strong>
                <span className="visually-hidden"> open findings</span>
              </Link>
            </li>
          ))}
        </ul>
        {total > 0 ? (
          <ChartFigure caption="Bar chart of open findings per severity, most severe first; the counts are listed above.">
            <LazySeverityChart data={severities} />
          </ChartFigure>
        ) : <p className="muted">No open findings.</p>}
      </section>
      <section className="card" aria-labelledby="service-heading">
        <h2 id="service-heading">Open findings by service</h2>
        <ul className={styles.counts} data-testid="service-counts">
          {services.map((bar) => (
            <li key={bar.service}>
              <Link href={`/findings?service=${encodeURIComponent(bar.service)}`}>
                {bar.label} <strong>{bar.total.toLocaleString("en")}</strong>
              </Link>
            </li>
          ))}
        </ul>
        {services.length > 0 ? (
          <ChartFigure caption="Bar chart of open findings per service, stacked by severity; the totals are listed above.">
            <LazyServiceChart data={services} />
          </ChartFigure>
        ) : <p className="muted">No open findings.</p>}
      </section>
      <section className={`card ${styles.wide}`} aria-labelledby="account-heading">
        <h2 id="account-heading">Open findings by account</h2>
        <ol className={styles.counts} data-testid="account-counts">
          {byAccount.bars.map((bar) => (
            <li key={bar.accountId}>
              <Link href={`/findings?account=${bar.accountId}`}>
                {bar.label} <strong>{bar.total.toLocaleString("en")}</strong>
              </Link>
            </li>
          ))}
        </ol>
        {byAccount.left > 0 ? (
          <p>
            <Link href="/findings?group=account">
              {byAccount.left === 1 ? "1 more account" : `${byAccount.left.toLocaleString("en")} more accounts`} with open findings
            </Link>
          </p>
        ) : null}
        {byAccount.bars.length > 0 ? (
          <ChartFigure caption="Bar chart of open findings per account, the accounts with the most first, stacked by severity; the totals are listed above.">
            <LazyAccountChart data={byAccount.bars} />
          </ChartFigure>
        ) : <p className="muted">No open findings.</p>}
      </section>
    </>
  );
}

/** A chart as a figure named by its caption: the drawing itself is hidden from assistive technology, which reads the numbers. */
function ChartFigure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <figure className={chartStyles.figure}>
      {children}
      <figcaption className="visually-hidden">{caption}</figcaption>
    </figure>
  );
}
