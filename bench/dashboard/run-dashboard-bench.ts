/**
 * Section "dashboard": 100k resources, 1M findings and 90 days of posture history across 50 accounts,
 * served by the production build; every main page and API loaded by 1, 10 and 50 concurrent users
 * (autocannon in a separate process), and the JavaScript each page ships on first load.
 */
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
  const pages = await fixture.pages();
  for (const page of pages.filter((path) => !path.startsWith("/api/"))) {
    const js = await measurePageJavaScript(fixture.server.baseUrl, page, fixture.cookie);
    context.record({ name: `${labelOf(page)}: first-load JS (gzip)`, value: js.gzipKb, unit: "KB", goal: 250, details: js });
  }
  const seconds = context.scale >= 1 ? 5 : 3;
  for (const users of USERS) {
    context.log(`dashboard: ${pages.length} pages at ${users} concurrent users`);
    const results = await measureLoad(pages.map((page) => ({ url: fixture.server.baseUrl + page, connections: users, seconds })), fixture.cookie);
    results.forEach((load, index) => recordLoad(context, labelOf(pages[index]!), load, { goal: users === 10 }));
  }
}

/** Detail pages are named by their route, not their random id. */
export function labelOf(page: string): string {
  return page.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, "[id]");
}

export function recordLoad(context: BenchContext, label: string, load: LoadResult, options: { goal: boolean }) {
  if (load.non2xx > 0 || load.errors > 0) {
    context.log(`dashboard: ${label} at ${load.connections} users: ${load.non2xx} non-2xx, ${load.errors} errors (${load.timeouts} timeouts)`);
  }
  const users = `@${load.connections} users`;
  context.record({
    name: `${label} ${users}: p95`, value: load.p95, unit: "ms", details: load,
    ...(options.goal ? { goal: goalAtFullScale(context, 300) } : {}),
  });
  context.record({ name: `${label} ${users}: p50`, value: load.p50, unit: "ms" });
  context.record({ name: `${label} ${users}: throughput`, value: load.requestsPerSecond, unit: "req/s" });
}
