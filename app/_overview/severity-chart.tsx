"use client";
// Draws open findings per severity; clicking a bar opens the findings list filtered to it.
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeverityBar } from "@/lib/findings/get-chart-series";
import styles from "@/app/_overview/charts.module.css";

// Counts reach the hundreds of thousands: "240K" fits the axis where "240000" is cut off.
const compact = (value: number) => new Intl.NumberFormat("en", { notation: "compact" }).format(value);

export function SeverityChart({ data }: { data: SeverityBar[] }) {
  const router = useRouter();
  return (
    <div className={styles.chart} aria-hidden="true">
      <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 520, height: 220 }}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} className={styles.grid} />
          <XAxis dataKey="label" tickLine={false} axisLine={false} className={styles.axis} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} className={styles.axis} tickFormatter={compact} />
          <Tooltip cursor={{ className: styles.cursor }} contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--text)" }} />
          <Bar dataKey="count" name="Open findings" radius={[4, 4, 0, 0]} isAnimationActive={false}
            onClick={(entry) => {
              const severity = (entry as { payload?: SeverityBar }).payload?.severity;
              if (severity) router.push(`/findings?severity=${severity}`);
            }}
            className={styles.clickable}
          >
            {data.map((bar) => (
              <Cell key={bar.severity} className={styles[`sev-${bar.severity}`]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
