"use client";
// Draws score trends, one line per series it is given (score-trend-chart.tsx passes at most five): the drawing
// part of that figure, loaded lazily.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ScoreTrend } from "@/lib/posture/shape-score-trend";
import styles from "@/app/_overview/charts.module.css";

const COLOURS = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)", "var(--series-5)"];
const day = (at: number) => new Date(at).toISOString().slice(5, 10);

export function ScoreTrendLines({ trend, height }: { trend: ScoreTrend; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <LineChart data={trend.data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }} accessibilityLayer={false}>
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
  );
}
