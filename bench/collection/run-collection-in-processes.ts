import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CollectionBenchOptions, CollectionBenchResult } from "./run-collection-benchmark";

const WORKER = fileURLToPath(new URL("./collection-worker.ts", import.meta.url));

function runWorker(options: CollectionBenchOptions & { firstAccount: number }): Promise<CollectionBenchResult> {
  return new Promise((resolve, reject) => {
    const args = ["--import", "tsx", WORKER, "--scale", String(options.scale), "--accounts", String(options.accounts), "--first", String(options.firstAccount), "--latency", String(options.latencyMs ?? 50)];
    if (options.courtesyRatePerSecond !== undefined && Number.isFinite(options.courtesyRatePerSecond)) args.push("--courtesy", String(options.courtesyRatePerSecond));
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output.trim().split("\n").pop() ?? "{}") as CollectionBenchResult) : reject(new Error(`collection worker exited with ${code}`))));
  });
}

/**
 * The same run split over `processes` worker processes (accounts dealt out evenly), as Vigil's
 * scan workers would share accounts. Wall time is the slowest worker's; memory is per process.
 */
export async function runCollectionInProcesses(options: CollectionBenchOptions & { processes: number }): Promise<CollectionBenchResult & { processes: number; peakRssMBTotal: number }> {
  const shares = Array.from({ length: options.processes }, (_, index) => Math.floor(options.accounts / options.processes) + (index < options.accounts % options.processes ? 1 : 0)).filter((n) => n > 0);
  let first = options.firstAccount ?? 0;
  const started = performance.now();
  const results = await Promise.all(
    shares.map((accounts) => {
      const run = runWorker({ ...options, accounts, firstAccount: first });
      first += accounts;
      return run;
    }),
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const slowest = results.reduce((a, b) => (b.lowerBoundSeconds > a.lowerBoundSeconds ? b : a));
  const sum = (pick: (r: CollectionBenchResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  const apiCalls = sum((r) => r.apiCalls);
  const cpuSeconds = sum((r) => r.cpuSeconds);
  return {
    ...slowest,
    accounts: options.accounts,
    processes: shares.length,
    wallSeconds,
    apiCalls,
    throttled: sum((r) => r.throttled),
    callsPerSecond: apiCalls / wallSeconds,
    resources: sum((r) => r.resources),
    gaps: sum((r) => r.gaps),
    ratioToLowerBound: wallSeconds / slowest.lowerBoundSeconds,
    bottleneckUtilisation: slowest.bottleneck.calls / wallSeconds / slowest.bottleneck.requestsPerSecond,
    peakRssMB: Math.max(...results.map((r) => r.peakRssMB)),
    peakHeapMB: Math.max(...results.map((r) => r.peakHeapMB)),
    peakRssMBTotal: sum((r) => r.peakRssMB),
    cpuSeconds,
    cpuMsPerCall: (cpuSeconds * 1000) / Math.max(1, apiCalls),
  };
}
