/**
 * Collection benchmark: a large simulated account (5,000 roles, 2,000 users, 3,000 managed
 * policies, 2,000 buckets, 3,000 functions over 17 regions, 1,000 keys) collected through the real
 * collectors, against AWS's per-API quotas with 50 ms per call; then 20 accounts at once.
 *
 *   npx tsx bench/collection/collection.bench.ts [--scale 0.1] [--accounts 1,20] [--courtesy 20] [--out bench/results/collection.json]
 *
 * `--accounts 1,20@0.1` runs one account at --scale, then 20 accounts at scale 0.1; `--processes 2`
 * deals the accounts of each run over that many worker processes (run-collection-in-processes.ts).
 *
 * Not a test: prints a table and writes the JSON results. runCollectionBenchmark (in
 * run-collection-benchmark.ts) is the reusable part, e.g. for several worker processes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { runCollectionBenchmark, type CollectionBenchResult } from "./run-collection-benchmark";
import { runCollectionInProcesses } from "./run-collection-in-processes";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    accounts: { type: "string", default: "1,20" },
    courtesy: { type: "string" },
    latency: { type: "string", default: "50" },
    processes: { type: "string", default: "1" },
    out: { type: "string", default: "bench/results/collection.json" },
  },
});

const scale = Number(values.scale);
const runs = values.accounts.split(",").map((run) => {
  const [accounts, runScale] = run.split("@");
  return { accounts: Number(accounts), scale: runScale ? Number(runScale) : scale };
});
const results: CollectionBenchResult[] = [];
for (const { accounts, scale } of runs) {
  const options = {
    scale,
    accounts,
    latencyMs: Number(values.latency),
    courtesyRatePerSecond: values.courtesy ? Number(values.courtesy) : Number.POSITIVE_INFINITY,
  };
  const processes = Math.min(accounts, Number(values.processes));
  const result = processes > 1 ? await runCollectionInProcesses({ ...options, processes }) : await runCollectionBenchmark(options);
  results.push(result);
  console.error(`${accounts} account(s) at scale ${scale}: ${result.wallSeconds.toFixed(1)} s`);
}

const row = (r: CollectionBenchResult & { processes?: number }) => ({
  accounts: r.accounts,
  processes: r.processes ?? 1,
  scale: r.scale,
  "wall s": r.wallSeconds.toFixed(1),
  "lower bound s": r.lowerBoundSeconds.toFixed(1),
  ratio: r.ratioToLowerBound.toFixed(2),
  bottleneck: `${r.bottleneck.family} (${r.bottleneck.calls} @ ${r.bottleneck.requestsPerSecond}/s)`,
  "API calls": r.apiCalls,
  "calls/s": r.callsPerSecond.toFixed(0),
  "bottleneck use": `${(r.bottleneckUtilisation * 100).toFixed(0)}%`,
  throttled: r.throttled,
  resources: r.resources,
  gaps: r.gaps,
  "peak RSS MB": r.peakRssMB.toFixed(0),
  "peak heap MB": r.peakHeapMB.toFixed(0),
  "CPU s": r.cpuSeconds.toFixed(1),
  "CPU ms/call": r.cpuMsPerCall.toFixed(2),
  load: `${r.loadAverage.before.toFixed(1)}→${r.loadAverage.after.toFixed(1)}`,
});
console.table(results.map(row));

const goals = results.map((r) => ({ accounts: r.accounts, scale: r.scale, withinBound: r.ratioToLowerBound <= 1.5, under300MB: r.peakRssMB < 300 }));
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ benchmark: "collection", at: new Date().toISOString(), node: process.version, latencyMs: Number(values.latency), courtesyRatePerSecond: values.courtesy ?? null, goals, results }, null, 2)}\n`);
console.error(`Wrote ${values.out}`);
