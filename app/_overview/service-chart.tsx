"use client";
// Draws open findings per service, stacked by severity; clicking a bar opens the list filtered to the service.
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SEVERITIES } from "@/lib/findings/findings.schemas";
import { severityLabel, type ServiceBar } from "@/lib/findings/get-chart-series";
import styles from "@/app/_overview/charts.module.css";

// Counts reach the hundreds of thousands: "240K" fits the axis where "240000" is cut off.
const compact = (value: number) => new Intl.NumberFormat("en", { notation: "compact" }).format(value);

export function ServiceChart({ data }: { data: ServiceBar[] }) {
  const router = useRouter();
  return (
    <div className={styles.chart} aria-hidden="true">
      <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 520, height: 220 }}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} className={styles.grid} />
          <XAxis dataKey="label" tickLine={false} axisLine={false} className={styles.axis} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} className={styles.axis} tickFormatter={compact} />
          <Tooltip cursor={{ className: styles.cursor }} contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--text)" }} />
          {SEVERITIES.map((severity) => (
            <Bar key={severity} dataKey={severity} name={severityLabel(severity)} stackId="severity" isAnimationActive={false}
              className={`${styles[`sev-${severity}`]} ${styles.clickable}`}
              onClick={(entry) => {
                const service = (entry as { payload?: ServiceBar }).payload?.service;
                if (service) router.push(`/findings?service=${encodeURIComponent(service)}`);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
