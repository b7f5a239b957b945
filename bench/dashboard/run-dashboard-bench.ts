/**
 * Section "dashboard": 100k resources, 1M findings and 90 days of posture history across 50 accounts,
 * served by the production build; every main page and the REST API loaded by 1, 10 and 50 concurrent users
 * (autocannon in a separate process), and the JavaScript each page ships on first load.
 */
import { loadavg } from "node:os";
import type { BenchContext } from "../report/bench-context";
import { goalAtFullScale } from "../report/bench-context";
import { dashboardFixture } from "./dashboard-fixture";
import { type LoadResult, measureLoad } from "./measure-load";
import { measurePageJavaScript } from "./measure-page-javascript";

const USERS = [1, 10, 50];

export async function runDashboardBench(context: BenchContext): Promise<void> {
  const fixture = await dashboardFixture(context);
  const seeded = await fixture.seedTo(1);
  context.record({ name: "seeded findings", value: seeded.findings, unit: "rows", details: seeded });
  for (const page of (await fixture.pages()).filter((candidate) => !candidate.path.startsWith("/api/"))) {
    const js = await measurePageJavaScript(fixture.server.baseUrl, page.path, page.headers);
    context.record({ name: `${page.label}: first-load JS (gzip)`, value: js.gzipKb, unit: "KB", goal: 250, details: js });
  }
  const seconds = context.scale >= 1 ? 5 : 3;
  for (const users of USERS) {
    const pages = await fixture.pages();
    context.log(`dashboard: ${pages.length} pages at ${users} concurrent users (load average ${loadavg().map((n) => n.toFixed(1)).join(", ")})`);
    const runs = pages.map((page) => ({ url: fixture.server.baseUrl + page.path, headers: page.headers, connections: users, seconds }));
    const results = await measureLoad(runs, (load, index) => context.log(`  ${formatLoad(pages[index]!.label, load)}`));
    results.forEach((load, index) => {
      if (load) recordLoad(context, pages[index]!.label, load, { goal: users === 10 });
      else context.log(`dashboard: ${pages[index]!.label} at ${users} users was not measured`);
    });
  }
}

/** One line of the progress table: p50, p95 and throughput ("-" when no response came back at all). */
function formatLoad(label: string, load: LoadResult): string {
  const figure = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : "-");
  const problems = load.non2xx + load.errors > 0 ? `  (${load.non2xx} non-2xx, ${load.errors} errors, ${load.timeouts} timeouts)` : "";
  return `${label.padEnd(22)} @${String(load.connections).padStart(2)} users  p50 ${figure(load.p50, 0).padStart(6)} ms  p95 ${figure(load.p95, 0).padStart(6)} ms  `
    + `${figure(load.requestsPerSecond, 1).padStart(7)} req/s  ${load.requests} responses${load.method === "autocannon" ? "" : ` (${load.method})`}${problems}`;
}

export function recordLoad(context: BenchContext, label: string, load: LoadResult, options: { goal: boolean }) {
  const users = `@${load.connections} users`;
  context.record({
    name: `${label} ${users}: p95`, value: load.p95, unit: "ms", details: load,
    ...(options.goal ? { goal: goalAtFullScale(context, 300) } : {}),
  });
  context.record({ name: `${label} ${users}: p50`, value: load.p50, unit: "ms" });
  context.record({ name: `${label} ${users}: throughput`, value: load.requestsPerSecond, unit: "req/s" });
}
