"use client";
// Draws score trends (one line per account). The chart is decorative for assistive technology: the
// figure's caption and the list under it say the same in words.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { describeSeries, type ScoreTrend } from "@/lib/posture/shape-score-trend";
import styles from "@/app/_overview/charts.module.css";

const COLOURS = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)", "var(--series-5)"];
const day = (at: number) => new Date(at).toISOString().slice(5, 10);

export function ScoreTrendChart({ trend, label, height = 240 }: { trend: ScoreTrend; label: string; height?: number }) {
  if (trend.data.length === 0) return <p className="muted">No scores stored yet: a point is added after every scan.</p>;
  return (
    <figure className={styles.figure}>
      <div aria-hidden="true" className={styles.chart} style={{ minHeight: height }}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
          <LineChart data={trend.data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid vertical={false} className={styles.grid} />
            <XAxis dataKey="at" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={day} tickLine={false} axisLine={false} className={styles.axis} />
            <YAxis domain={[0, 100]} tickLine={false} axisLine={false} className={styles.axis} />
            <Tooltip labelFormatter={(at) => new Date(Number(at)).toISOString().slice(0, 16).replace("T", " ") + " UTC"}
              contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--text)" }} />
            {trend.series.length > 1 ? <Legend /> : null}
            {trend.series.slice(0, COLOURS.length).map((series, index) => (
              <Line key={series.key} dataKey={series.key} name={series.name} stroke={COLOURS[index]} strokeWidth={2} dot={{ r: 3 }}
                connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">{label}</figcaption>
      <ul className={styles.trendSummary}>
        {trend.series.map((series) => <li key={series.key}>{describeSeries(series)}</li>)}
      </ul>
    </figure>
  );
}
