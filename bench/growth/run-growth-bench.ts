/**
 * Section "growth": the evaluation and dashboard figures at 10%, 30% and 100% of the data, so the cost
 * curve is visible. Each step reports its cost per unit of data too: a flat per-unit cost is linear growth.
 */
import { dashboardFixture } from "../dashboard/dashboard-fixture";
import { measureLoad } from "../dashboard/measure-load";
import { FULL_RESOURCES, measureFirstScan } from "../evaluation/run-evaluation-bench";
import type { BenchContext } from "../report/bench-context";

const STEPS = [0.1, 0.3, 1];

export async function runGrowthBench(context: BenchContext): Promise<void> {
  for (const step of STEPS) {
    const count = Math.round(FULL_RESOURCES * context.scale * step);
    const scans = await measureFirstScan(context, count);
    const label = `${Math.round(step * 100)}% (${count.toLocaleString("en-US")} resources)`;
    context.record({ name: `${label}: first scan`, value: scans.first.stages.total / 1000, unit: "s", details: scans.first.stages });
    context.record({ name: `${label}: first scan per 1k resources`, value: scans.first.stages.total / count, unit: "s" });
  }

  const fixture = await dashboardFixture(context);
  for (const step of STEPS) {
    const seeded = await fixture.seedTo(step);
    const label = `${Math.round(step * 100)}% (${seeded.findings.toLocaleString("en-US")} findings)`;
    context.record({ name: `${label}: seeding step`, value: seeded.seconds, unit: "s", details: seeded });
    const pages = await fixture.pages();
    const loads = await measureLoad(pages.map((page) => ({ url: fixture.server.baseUrl + page.path, headers: page.headers, connections: 10, seconds: 3 })));
    loads.forEach((load, index) => {
      if (load) context.record({ name: `${label}: ${pages[index]!.label} @10 users p95`, value: load.p95, unit: "ms", details: load });
    });
  }
}
