import { spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { AccountBound, CollectionWorkerResult } from "./run-collection-worker";

const WORKER = fileURLToPath(new URL("./collection-worker.ts", import.meta.url));

export interface CollectionRunOptions {
  scale: number;
  accounts: number;
  processes: number;
  /** Accounts one worker collects at once (a scan worker's job concurrency). */
  perWorker: number;
  latencyMs: number;
  courtesyRatePerSecond: number;
  /** Cores of the machine: the CPU floor divides total CPU by min(processes, cores). */
  cores: number;
}

export interface CollectionRunResult {
  scale: number;
  accounts: number;
  processes: number;
  perWorker: number;
  wallSeconds: number;
  apiCalls: number;
  throttled: number;
  callsPerSecond: number;
  resources: number;
  gaps: number;
  /** The slowest account's quota family: each account has its own quotas, so in parallel this is the rate-limit floor. */
  bottleneck: AccountBound;
  /** The rate-limit floor at this concurrency: the slowest account's bound times the waves the accounts need. */
  lowerBoundSeconds: number;
  ratioToLowerBound: number;
  /** Total CPU over the cores the workers can use: the floor the CPU puts under the wall time. */
  cpuFloorSeconds: number;
  /** Wall time over the larger of the two floors. */
  ratioToFloors: number;
  cpuSeconds: number;
  simulatorCpuSeconds: number;
  gcCpuSeconds: number;
  /** CPU per API call of Vigil and the SDK (the simulator's taken out). */
  vigilCpuMsPerCall: number;
  /** Cores the run actually got (CPU seconds per wall second): below `processes` when other work competed. */
  coresUsed: number;
  /** Per worker, in spawn order. */
  workers: Array<Pick<CollectionWorkerResult, "accounts" | "maxAccountsInFlight" | "baselineRssMB" | "peakRssMB" | "peakHeapMB" | "cpuSeconds">>;
  peakRssMB: number;
  peakHeapMB: number;
  /** The machine's 1-minute load average sampled every 5 s during the run. */
  loadAverage: { before: number; mean: number; max: number };
}

interface WorkerMessage {
  type: "ready" | "next" | "result";
  result?: CollectionWorkerResult;
}

function spawnWorker(options: CollectionRunOptions): ChildProcess {
  const args = ["--import", "tsx", WORKER, "--scale", String(options.scale), "--per-worker", String(options.perWorker), "--latency", String(options.latencyMs)];
  if (Number.isFinite(options.courtesyRatePerSecond)) args.push("--courtesy", String(options.courtesyRatePerSecond));
  return spawn(process.execPath, args, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
}

/**
 * Collects `accounts` simulated accounts with `processes` worker processes sharing one queue of
 * accounts, as Vigil's scan workers share pg-boss's queue: each worker asks for the next account
 * whenever it has room for one. Wall time runs from the moment every worker has loaded.
 */
export async function runCollectionInProcesses(options: CollectionRunOptions): Promise<CollectionRunResult> {
  let next = 0;
  let started = 0;
  const children = Array.from({ length: options.processes }, () => spawnWorker(options));
  let ready = 0;
  const loads: number[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  const loadSampler = setInterval(() => loads.push(loadavg()[0] ?? 0), 5_000);

  const results = await Promise.all(
    children.map(
      (child) =>
        new Promise<CollectionWorkerResult>((resolve, reject) => {
          child.on("message", (message: WorkerMessage) => {
            if (message.type === "ready" && ++ready === children.length) {
              started = performance.now();
              for (const each of children) each.send({ type: "start" });
            } else if (message.type === "next") {
              child.send({ account: next < options.accounts ? next++ : null });
            } else if (message.type === "result" && message.result) {
              resolve(message.result);
            }
          });
          child.on("error", reject);
          // After a result this does nothing; before one, the worker failed (its error is on stderr).
          child.on("exit", (code) => reject(new Error(`collection worker exited with ${code} before its result`)));
        }),
    ),
  )
    .catch((error: unknown) => {
      for (const child of children) child.kill();
      throw error;
    })
    .finally(() => clearInterval(loadSampler));
  const wallSeconds = (performance.now() - started) / 1000;

  const sum = (pick: (r: CollectionWorkerResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  const bottleneck = results.map((r) => r.bound).reduce((a, b) => (b.seconds > a.seconds ? b : a));
  const waves = Math.ceil(options.accounts / (options.perWorker * options.processes));
  const lowerBoundSeconds = bottleneck.seconds * waves;
  const apiCalls = sum((r) => r.apiCalls);
  const cpuSeconds = sum((r) => r.cpuSeconds);
  const simulatorCpuSeconds = sum((r) => r.simulatorCpuSeconds);
  const cpuFloorSeconds = cpuSeconds / Math.min(options.processes, options.cores);
  return {
    scale: options.scale,
    accounts: options.accounts,
    processes: options.processes,
    perWorker: options.perWorker,
    wallSeconds,
    apiCalls,
    throttled: sum((r) => r.throttled),
    callsPerSecond: apiCalls / wallSeconds,
    resources: sum((r) => r.resources),
    gaps: sum((r) => r.gaps),
    bottleneck,
    lowerBoundSeconds,
    ratioToLowerBound: wallSeconds / lowerBoundSeconds,
    cpuFloorSeconds,
    ratioToFloors: wallSeconds / Math.max(lowerBoundSeconds, cpuFloorSeconds),
    cpuSeconds,
    simulatorCpuSeconds,
    gcCpuSeconds: sum((r) => r.gcCpuSeconds),
    vigilCpuMsPerCall: ((cpuSeconds - simulatorCpuSeconds) * 1000) / Math.max(1, apiCalls),
    coresUsed: cpuSeconds / wallSeconds,
    workers: results.map(({ accounts, maxAccountsInFlight, baselineRssMB, peakRssMB, peakHeapMB, cpuSeconds }) => ({
      accounts,
      maxAccountsInFlight,
      baselineRssMB,
      peakRssMB,
      peakHeapMB,
      cpuSeconds,
    })),
    peakRssMB: Math.max(...results.map((r) => r.peakRssMB)),
    peakHeapMB: Math.max(...results.map((r) => r.peakHeapMB)),
    loadAverage: { before: loadBefore, mean: loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : loadBefore, max: Math.max(loadBefore, ...loads) },
  };
}
