// Score trends (one line per account). The drawing is decorative for assistive technology and loads after
// the page (lazy-score-trend-lines.tsx): the figure's caption and the list under it say the same in words.
import { LazyScoreTrendLines } from "@/app/_components/lazy-score-trend-lines";
import { describeSeries, type ScoreTrend } from "@/lib/posture/shape-score-trend";
import styles from "@/app/_overview/charts.module.css";

/** Lines drawn (one colour each); the list under the chart names every series. */
const DRAWN_SERIES = 5;

export function ScoreTrendChart({ trend, label, height = 240 }: { trend: ScoreTrend; label: string; height?: number }) {
  if (trend.data.length === 0) return <p className="muted">No scores stored yet: a point is added after every scan.</p>;
  return (
    <figure className={styles.figure}>
      <div aria-hidden="true" className={styles.chart} style={{ minHeight: height }}>
        <LazyScoreTrendLines trend={drawnPart(trend)} height={height} />
      </div>
      <figcaption className="visually-hidden">{label}</figcaption>
      <ul className={styles.trendSummary}>
        {trend.series.map((series) => <li key={series.key}>{describeSeries(series)}</li>)}
      </ul>
    </figure>
  );
}

/**
 * Only what the chart draws goes to the browser: with fifty accounts the whole trend is fifty values per point,
 * ten times what five lines need, and it would be sent with every page view.
 */
function drawnPart(trend: ScoreTrend): ScoreTrend {
  const series = trend.series.slice(0, DRAWN_SERIES);
  const data = trend.data.flatMap((row) => {
    const point: Record<string, number> = { at: row.at! };
    for (const { key } of series) if (row[key] !== undefined) point[key] = row[key];
    return Object.keys(point).length > 1 ? [point] : [];
  });
  return { data, series };
}
