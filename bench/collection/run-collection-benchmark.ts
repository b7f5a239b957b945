import { loadavg } from "node:os";
import { collectAccount } from "@/collectors/collect-account";
import type { CollectionSink } from "@/collectors/collection-sink";
import { accountShape, type AccountShape } from "./account-shape";
import { createSimulatedAccount, type FamilyStats } from "./simulated-aws";

export interface CollectionBenchOptions {
  /** Fraction of the large account (5,000 roles, 2,000 users, ...). */
  scale: number;
  /** Accounts collected at once in this process. */
  accounts: number;
  /** Index of the first account (several worker processes take disjoint ranges). */
  firstAccount?: number;
  latencyMs?: number;
  /** Vigil's own per-account, per-service ceiling (VIGIL_API_RATE_LIMIT); Infinity leaves only AWS's quotas. */
  courtesyRatePerSecond?: number;
}

export interface CollectionBenchResult {
  scale: number;
  accounts: number;
  shape: Omit<AccountShape, "accountId" | "regions"> & { regions: number };
  wallSeconds: number;
  apiCalls: number;
  throttled: number;
  callsPerSecond: number;
  resources: number;
  gaps: number;
  /** The slowest family of any account: its calls over its quota is a floor under the wall time. */
  bottleneck: { family: string; calls: number; requestsPerSecond: number; seconds: number };
  lowerBoundSeconds: number;
  ratioToLowerBound: number;
  /** The bottleneck family's achieved rate against its quota. */
  bottleneckUtilisation: number;
  peakRssMB: number;
  peakHeapMB: number;
  cpuSeconds: number;
  /** CPU spent per API call (SDK, gate, collectors, simulated AWS): what bounds accounts per process. */
  cpuMsPerCall: number;
  /** The machine's 1-minute load average before and after: other work on it slows the wall time. */
  loadAverage: { before: number; after: number };
}

/** A sink that counts what a scan would store, keeping nothing (the pipeline streams to Postgres). */
function countingSink(counts: { resources: number; gaps: number; calls: number }): CollectionSink {
  return {
    async resource() {
      counts.resources += 1;
    },
    gap() {
      counts.gaps += 1;
    },
    apiCall() {
      counts.calls += 1;
    },
    progress() {},
  };
}

/** Collects `accounts` simulated accounts at once through the real collectors and measures it. */
export async function runCollectionBenchmark(options: CollectionBenchOptions): Promise<CollectionBenchResult> {
  const counts = { resources: 0, gaps: 0, calls: 0 };
  const sink = countingSink(counts);
  const shapes = Array.from({ length: options.accounts }, (_, index) => accountShape(options.scale, (options.firstAccount ?? 0) + index));
  const simulated = shapes.map((shape) =>
    createSimulatedAccount(shape, {
      latencyMs: options.latencyMs ?? 50,
      courtesyRatePerSecond: options.courtesyRatePerSecond ?? Number.POSITIVE_INFINITY,
      onRequest: sink.apiCall.bind(sink),
    }),
  );

  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  };
  const sampler = setInterval(sample, 100);
  const loadBefore = loadavg()[0] ?? 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  try {
    await Promise.all(
      shapes.map((shape, index) =>
        collectAccount({ account: { accountId: shape.accountId }, sink, clients: simulated[index]!.clients, credentialReportPollMs: 500 }),
      ),
    );
  } finally {
    clearInterval(sampler);
  }
  sample();
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);

  let bottleneck = { family: "", calls: 0, requestsPerSecond: 1, seconds: 0 };
  let throttled = 0;
  for (const { families } of simulated) {
    for (const [family, stats] of families as Map<string, FamilyStats>) {
      throttled += stats.throttled;
      const seconds = stats.served / stats.requestsPerSecond;
      if (seconds > bottleneck.seconds) bottleneck = { family, calls: stats.served, requestsPerSecond: stats.requestsPerSecond, seconds };
    }
  }
  const { accountId: _id, regions, ...sizes } = shapes[0]!;
  return {
    scale: options.scale,
    accounts: options.accounts,
    shape: { ...sizes, regions: regions.length },
    wallSeconds,
    apiCalls: counts.calls,
    throttled,
    callsPerSecond: counts.calls / wallSeconds,
    resources: counts.resources,
    gaps: counts.gaps,
    bottleneck,
    lowerBoundSeconds: bottleneck.seconds,
    ratioToLowerBound: wallSeconds / bottleneck.seconds,
    bottleneckUtilisation: bottleneck.calls / wallSeconds / bottleneck.requestsPerSecond,
    peakRssMB: peakRss / 2 ** 20,
    peakHeapMB: peakHeap / 2 ** 20,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    cpuMsPerCall: (cpu.user + cpu.system) / 1e3 / Math.max(1, counts.calls),
    loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
  };
}
