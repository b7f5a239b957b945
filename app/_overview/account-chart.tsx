"use client";
// Draws open findings per account, stacked by severity; clicking a bar opens the list filtered to the account.
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SEVERITIES } from "@/lib/findings/findings.schemas";
import { severityLabel, type AccountBar } from "@/lib/findings/get-chart-series";
import styles from "@/app/_overview/charts.module.css";

const ROW_HEIGHT = 28;

export function AccountChart({ data }: { data: AccountBar[] }) {
  const router = useRouter();
  const height = Math.max(120, data.length * ROW_HEIGHT + 40);
  return (
    <div className={styles.chart} style={{ minHeight: height }} aria-hidden="true">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 900, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} className={styles.grid} />
          <XAxis type="number" allowDecimals={false} tickLine={false} axisLine={false} className={styles.axis} />
          <YAxis type="category" dataKey="label" width={160} tickLine={false} axisLine={false} className={styles.axis} />
          <Tooltip cursor={{ className: styles.cursor }} contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--text)" }} />
          {SEVERITIES.map((severity) => (
            <Bar key={severity} dataKey={severity} name={severityLabel(severity)} stackId="severity" isAnimationActive={false}
              className={`${styles[`sev-${severity}`]} ${styles.clickable}`}
              onClick={(entry) => {
                const accountId = (entry as { payload?: AccountBar }).payload?.accountId;
                if (accountId) router.push(`/findings?account=${accountId}`);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
