/**
 * Collection benchmark: a large simulated account (5,000 roles, 2,000 users, 3,000 managed
 * policies, 2,000 buckets, 3,000 functions over 17 regions, 1,000 keys) collected through the real
 * collectors, against AWS's per-API quotas with 50 ms per call; then 20 accounts at once.
 *
 *   npx tsx bench/collection/collection.bench.ts [--scale 0.1] [--accounts 1,20@0.1] [--processes 2]
 *     [--per-worker N] [--courtesy 20] [--latency 50] [--out bench/results/collection.json]
 *
 * `--accounts 1,20@0.1` runs one account at --scale, then 20 accounts at scale 0.1. Each run deals
 * its accounts to `--processes` worker processes (default: the machine's cores) through one shared
 * queue; a worker collects up to `--per-worker` accounts at once (default: all of its share, so
 * every account runs in parallel). Each simulated account has its own quotas, so the rate-limit
 * floor of a run is its slowest account's; the CPU floor is the CPU spent over the cores usable.
 *
 * Not a test: prints a table and writes the JSON results.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { runCollectionInProcesses, type CollectionRunResult } from "./run-collection-in-processes";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    accounts: { type: "string", default: "1,20" },
    courtesy: { type: "string" },
    latency: { type: "string", default: "50" },
    processes: { type: "string" },
    "per-worker": { type: "string" },
    out: { type: "string", default: "bench/results/collection.json" },
  },
});

const cores = os.availableParallelism();
const scale = Number(values.scale);
const runs = values.accounts.split(",").map((run) => {
  const [accounts, runScale] = run.split("@");
  return { accounts: Number(accounts), scale: runScale ? Number(runScale) : scale };
});
const results: CollectionRunResult[] = [];
for (const { accounts, scale } of runs) {
  const processes = Math.max(1, Math.min(accounts, Number(values.processes ?? cores)));
  const result = await runCollectionInProcesses({
    scale,
    accounts,
    processes,
    perWorker: values["per-worker"] ? Number(values["per-worker"]) : Math.ceil(accounts / processes),
    latencyMs: Number(values.latency),
    courtesyRatePerSecond: values.courtesy ? Number(values.courtesy) : Number.POSITIVE_INFINITY,
    cores,
  });
  results.push(result);
  console.error(`${accounts} account(s) at scale ${scale} on ${processes} worker(s): ${result.wallSeconds.toFixed(1)} s`);
}

const row = (r: CollectionRunResult) => ({
  accounts: r.accounts,
  scale: r.scale,
  workers: r.processes,
  "at once/worker": r.perWorker,
  "wall s": r.wallSeconds.toFixed(1),
  "rate floor s": r.lowerBoundSeconds.toFixed(1),
  "wall/rate floor": r.ratioToLowerBound.toFixed(2),
  "CPU floor s": r.cpuFloorSeconds.toFixed(1),
  "wall/max floor": r.ratioToFloors.toFixed(2),
  bottleneck: `${r.bottleneck.family} (${r.bottleneck.calls} @ ${r.bottleneck.requestsPerSecond}/s)`,
  "API calls": r.apiCalls,
  "calls/s": r.callsPerSecond.toFixed(0),
  throttled: r.throttled,
  resources: r.resources,
  gaps: r.gaps,
  "CPU s (sim, GC)": `${r.cpuSeconds.toFixed(1)} (${r.simulatorCpuSeconds.toFixed(1)}, ${r.gcCpuSeconds.toFixed(1)})`,
  "Vigil ms/call": r.vigilCpuMsPerCall.toFixed(2),
  "cores used": r.coresUsed.toFixed(2),
  "peak RSS MB/worker": r.workers.map((w) => w.peakRssMB.toFixed(0)).join(" "),
  load: `${r.loadAverage.before.toFixed(1)}, mean ${r.loadAverage.mean.toFixed(1)}`,
});
console.table(results.map(row));

const goals = results.map((r) => ({
  accounts: r.accounts,
  scale: r.scale,
  withinRateFloor: r.ratioToLowerBound <= 1.5,
  withinMaxFloor: r.ratioToFloors <= 1.5,
  under300MBPerWorker: r.peakRssMB < 300,
}));
const machine = { cpuModel: os.cpus()[0]?.model.trim() ?? "unknown", cores, memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10, node: process.version };
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify({ benchmark: "collection", at: new Date().toISOString(), machine, latencyMs: Number(values.latency), courtesyRatePerSecond: values.courtesy ?? null, goals, results }, null, 2)}\n`,
);
console.error(`Wrote ${values.out}`);
