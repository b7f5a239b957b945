/**
 * Section "workers": the same 20-account run on one real worker process, then on two (pg-boss workers
 * from lib/jobs/start-worker.ts in child processes), scanning synthetic accounts through a collector with
 * per-page latency. Reports wall time from queuing to the last scan finished, and peak memory per worker.
 */
import { existsSync } from "node:fs";
import { createDatabase } from "@/lib/db/client";
import { scanAccountJob } from "@/lib/jobs/definitions/scan-account";
import { openJobQueue } from "@/lib/jobs/job-queue";
import { sendJob } from "@/lib/jobs/start-worker";
import { createScan } from "@/lib/scans/create-scan";
import type { BenchContext } from "../report/bench-context";
import { spawnSyntheticWorker, type SyntheticWorkerProcess } from "./spawn-synthetic-worker";

const ACCOUNTS = 20;
const RESOURCES_PER_ACCOUNT = 2_000;
const PAGE_SIZE = 50;
const PAGE_LATENCY_MS = 100;

export async function runWorkersBench(context: BenchContext): Promise<void> {
  if (existsSync(new URL("../collection", import.meta.url))) {
    context.log("workers: bench/collection exists; this section still uses the sleep-based synthetic collector");
  }
  const resources = Math.max(100, Math.round(RESOURCES_PER_ACCOUNT * Math.min(1, context.scale * 2)));
  const one = await runAccounts(context, 1, resources);
  const two = await runAccounts(context, 2, resources);
  const settings = { accounts: ACCOUNTS, resourcesPerAccount: resources, pageSize: PAGE_SIZE, pageLatencyMs: PAGE_LATENCY_MS };
  context.record({ name: `${ACCOUNTS} accounts, 1 worker: wall time`, value: one.wallMs / 1000, unit: "s", details: settings });
  context.record({ name: `${ACCOUNTS} accounts, 2 workers: wall time`, value: two.wallMs / 1000, unit: "s", details: settings });
  context.record({ name: "2 workers: speed-up over 1", value: one.wallMs / two.wallMs, unit: "x" });
  context.record({ name: "1 worker: peak memory", value: Math.max(...one.peakRssMb), unit: "MB" });
  context.record({ name: "2 workers: peak memory per worker", value: Math.max(...two.peakRssMb), unit: "MB", details: { perWorker: two.peakRssMb } });
  context.record({ name: "2 workers: scans run per worker", value: Math.min(...Object.values(two.scansPerWorker)), unit: "scans (fewest)", details: two.scansPerWorker });
}

async function runAccounts(context: BenchContext, workerCount: number, resources: number) {
  const url = await context.server.createDatabase(`workers${workerCount}`);
  const database = createDatabase(url);
  const queue = await openJobQueue(url, { role: "sender" });
  const workers: SyntheticWorkerProcess[] = [];
  try {
    // One after the other: pg-boss creating the same queues from two fresh processes at once can deadlock.
    for (let index = 0; index < workerCount; index++) {
      const worker = spawnSyntheticWorker({
        databaseUrl: url,
        env: { SYNTHETIC_RESOURCES: String(resources), SYNTHETIC_PAGE_SIZE: String(PAGE_SIZE), SYNTHETIC_PAGE_LATENCY_MS: String(PAGE_LATENCY_MS) },
      });
      workers.push(worker);
      await worker.ready;
    }
    await database.account.createMany({
      data: Array.from({ length: ACCOUNTS }, (_, index) => ({ id: String(300000000000 + index), name: `Account ${index}`, scanSchedule: "0 0 29 2 1" })),
    });
    context.log(`workers: ${ACCOUNTS} accounts x ${resources} resources on ${workerCount} worker(s)`);
    const start = performance.now();
    for (let index = 0; index < ACCOUNTS; index++) {
      const scan = await createScan(database, { accountId: String(300000000000 + index), trigger: "manual" });
      await sendJob(queue, scanAccountJob, { scanId: scan.id });
    }
    for (;;) {
      const pending = await database.scan.count({ where: { status: { in: ["queued", "running"] } } });
      if (pending === 0) break;
      if (performance.now() - start > 15 * 60_000) throw new Error("workers: scans did not finish within 15 minutes");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const wallMs = performance.now() - start;
    const failed = await database.scan.count({ where: { status: "failed" } });
    if (failed > 0) throw new Error(`workers: ${failed} scans failed`);
    const perWorker = await database.scan.groupBy({ by: ["workerId"], _count: { _all: true } });
    const scansPerWorker = Object.fromEntries(perWorker.map((row) => [row.workerId ?? "none", row._count._all]));
    const peaks = await Promise.all(workers.map((worker) => worker.stop()));
    return { wallMs, peakRssMb: peaks.map((peak) => Math.round(peak.maxRssKb / 1024)), scansPerWorker };
  } finally {
    for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) await worker.kill();
    await queue.stop({ graceful: false, wait: true });
    await database.$disconnect();
    await context.server.dropDatabase(url);
  }
}
