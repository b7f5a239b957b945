import Link from "next/link";
import { getOpenFindingCounts } from "@/lib/findings/get-open-finding-counts";
import { getServiceSeries, getSeveritySeries } from "@/lib/findings/get-chart-series";
import { SeverityChart } from "@/app/_overview/severity-chart";
import { ServiceChart } from "@/app/_overview/service-chart";
import { SeverityBadge } from "@/app/_components/badges";
import styles from "@/app/_overview/overview.module.css";

/** Open findings by severity and by service: numbers as links (readable, accessible), charts for the shape. */
export async function FindingCounts() {
  const counts = await getOpenFindingCounts();
  const severities = getSeveritySeries(counts);
  const services = getServiceSeries(counts);
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
              <Link href={`/findings?severity=${bar.severity}`} aria-label={`${bar.count} open ${bar.label} findings`}>
                <SeverityBadge severity={bar.severity} /> <strong>{bar.count.toLocaleString("en")}</strong>
              </Link>
            </li>
          ))}
        </ul>
        {total > 0 ? <SeverityChart data={severities} /> : <p className="muted">No open findings.</p>}
      </section>
      <section className="card" aria-labelledby="service-heading">
        <h2 id="service-heading">Open findings by service</h2>
        <ul className={styles.counts}>
          {services.map((bar) => (
            <li key={bar.service}>
              <Link href={`/findings?service=${encodeURIComponent(bar.service)}`}>
                {bar.label} <strong>{bar.total.toLocaleString("en")}</strong>
              </Link>
            </li>
          ))}
        </ul>
        {services.length > 0 ? <ServiceChart data={services} /> : <p className="muted">No open findings.</p>}
      </section>
    </>
  );
}
