import { collectAccount } from "@/collectors/collect-account";
import type { CollectionSink } from "@/collectors/collection-sink";
import { accountShape, type AccountShape } from "./account-shape";
import { profileCpu } from "./profile-cpu";
import { createSimulatedAccount } from "./simulated-aws";

export interface CollectionWorkerOptions {
  /** Fraction of the large account (5,000 roles, 2,000 users, ...). */
  scale: number;
  /** Accounts this worker collects at once, as a scan worker would run that many scan jobs. */
  perWorker: number;
  /** The shared queue: the next account to collect, or undefined when none is left. */
  nextAccount: () => Promise<number | undefined>;
  latencyMs: number;
  /** Vigil's own per-account, per-service ceiling (VIGIL_API_RATE_LIMIT); Infinity leaves only AWS's quotas. */
  courtesyRatePerSecond: number;
}

/** The slowest quota family of one account: its calls over its quota is a floor under its collection time. */
export interface AccountBound {
  family: string;
  calls: number;
  requestsPerSecond: number;
  seconds: number;
}

/** What one worker process measured. */
export interface CollectionWorkerResult {
  accounts: number;
  maxAccountsInFlight: number;
  wallSeconds: number;
  apiCalls: number;
  throttled: number;
  resources: number;
  gaps: number;
  /** The slowest account's bound among those this worker collected. */
  bound: AccountBound;
  /** After imports, before the first account: what a worker costs with nothing to do. */
  baselineRssMB: number;
  peakRssMB: number;
  peakHeapMB: number;
  cpuSeconds: number;
  /** CPU the simulated AWS spent (quotas, answers; sampled): the bench's, not Vigil's. */
  simulatorCpuSeconds: number;
  /** CPU spent collecting garbage (sampled). */
  gcCpuSeconds: number;
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

/** The account's slowest quota family, from what its simulated AWS served; also its throttles. */
function boundOf(families: Map<string, { requestsPerSecond: number; served: number; throttled: number }>) {
  let bound: AccountBound = { family: "", calls: 0, requestsPerSecond: 1, seconds: 0 };
  let throttled = 0;
  for (const [family, stats] of families) {
    throttled += stats.throttled;
    const seconds = stats.served / stats.requestsPerSecond;
    if (seconds > bound.seconds) bound = { family, calls: stats.served, requestsPerSecond: stats.requestsPerSecond, seconds };
  }
  return { bound, throttled };
}

/**
 * One worker: takes accounts from the shared queue, `perWorker` at a time, and collects each
 * through the real collectors against its own simulated AWS (own quotas, as real accounts have).
 * An account's simulator and records are dropped when it finishes, as a scan job's would be.
 */
export async function runCollectionWorker(options: CollectionWorkerOptions): Promise<CollectionWorkerResult> {
  const counts = { resources: 0, gaps: 0, calls: 0 };
  const sink = countingSink(counts);
  let bound: AccountBound = { family: "", calls: 0, requestsPerSecond: 1, seconds: 0 };
  let throttled = 0;
  let accounts = 0;
  let inFlight = 0;
  let maxAccountsInFlight = 0;

  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  };
  const baselineRss = process.memoryUsage().rss;
  const sampler = setInterval(sample, 100);
  const stopProfile = await profileCpu();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();

  async function collectOne(index: number) {
    const shape: AccountShape = accountShape(options.scale, index);
    const simulated = createSimulatedAccount(shape, {
      latencyMs: options.latencyMs,
      courtesyRatePerSecond: options.courtesyRatePerSecond,
      onRequest: sink.apiCall.bind(sink),
    });
    inFlight += 1;
    maxAccountsInFlight = Math.max(maxAccountsInFlight, inFlight);
    try {
      await collectAccount({ account: { accountId: shape.accountId }, sink, clients: simulated.clients, credentialReportPollMs: 500 });
    } finally {
      inFlight -= 1;
    }
    accounts += 1;
    const account = boundOf(simulated.families);
    throttled += account.throttled;
    if (account.bound.seconds > bound.seconds) bound = account.bound;
  }

  try {
    await Promise.all(
      Array.from({ length: options.perWorker }, async () => {
        for (let index = await options.nextAccount(); index !== undefined; index = await options.nextAccount()) await collectOne(index);
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  sample();
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const shares = await stopProfile();
  return {
    accounts,
    maxAccountsInFlight,
    wallSeconds: (performance.now() - started) / 1000,
    apiCalls: counts.calls,
    throttled,
    resources: counts.resources,
    gaps: counts.gaps,
    bound,
    baselineRssMB: baselineRss / 2 ** 20,
    peakRssMB: peakRss / 2 ** 20,
    peakHeapMB: peakHeap / 2 ** 20,
    cpuSeconds,
    simulatorCpuSeconds: cpuSeconds * shares.simulator,
    gcCpuSeconds: cpuSeconds * shares.garbageCollector,
  };
}
