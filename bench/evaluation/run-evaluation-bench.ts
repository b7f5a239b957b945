/**
 * Section "evaluation": 100k synthetic resources of every type through the real scan pipeline on real
 * Postgres (store, deletions, checks, findings lifecycle, results), then a rescan with 1% changed.
 */
import { evaluateAccount } from "@/lib/checks/evaluate-account";
import { createDatabase, type Database } from "@/lib/db/client";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { computeScanPosture } from "@/lib/posture/compute-scan-posture";
import { createScan } from "@/lib/scans/create-scan";
import { runScan } from "@/lib/scans/run-scan";
import { diffRowWrites, snapshotRowWrites } from "../postgres/count-rows-written";
import { type BenchContext, goalAtFullScale } from "../report/bench-context";
import { createSyntheticCollector } from "../synthetic/create-synthetic-collector";
import { changeResources, generateInventory } from "../synthetic/generate-inventory";
import { type StageTimes, timeScanStages } from "./time-scan-stages";

const ACCOUNT = "100000000001";
export const FULL_RESOURCES = 100_000;

type ScanMeasurement = Awaited<ReturnType<typeof measureScans>>;
/** First-scan measurements of this run by inventory size, so the growth section does not repeat the full-size scan. */
const measured = new Map<number, ScanMeasurement>();

export async function runEvaluationBench(context: BenchContext): Promise<void> {
  const count = Math.round(FULL_RESOURCES * context.scale);
  const result = await measureScans(context, count, { rescan: true });
  measured.set(count, result);
  const { record } = context;
  record({ name: `checks only, ${count.toLocaleString("en-US")} resources (pure, in memory)`, value: result.pureEvaluationMs / 1000, unit: "s" });
  record({ name: "first scan: outcomes / findings opened", value: result.outcomes, unit: "outcomes", details: { openFindings: result.openFindings } });
  for (const [stage, ms] of Object.entries(result.first.stages)) {
    record({ name: `first scan: ${stage}`, value: ms / 1000, unit: "s", ...(stage === "total" ? { goal: goalAtFullScale(context, 30) } : {}) });
  }
  record({ name: "first scan: rows written", value: result.first.rows.total, unit: "rows", details: result.first.rows.byTable });
  if (result.rescan) {
    for (const [stage, ms] of Object.entries(result.rescan.stages)) {
      record({ name: `1%-changed rescan: ${stage}`, value: ms / 1000, unit: "s", ...(stage === "total" ? { goal: goalAtFullScale(context, 5) } : {}) });
    }
    record({ name: "1%-changed rescan: rows written", value: result.rescan.rows.total, unit: "rows", details: result.rescan.rows.byTable });
    record({ name: "1%-changed rescan: resources changed", value: result.rescan.changed, unit: "resources" });
  }
}

/** The first scan of `count` resources, measured now unless this run already did. */
export async function measureFirstScan(context: BenchContext, count: number): Promise<ScanMeasurement> {
  const known = measured.get(count);
  if (known) return known;
  const result = await measureScans(context, count, { rescan: false });
  measured.set(count, result);
  return result;
}

/** Creates a database, runs a first scan of `count` resources and optionally a 1%-changed rescan. */
export async function measureScans(context: BenchContext, count: number, options: { rescan: boolean }) {
  const url = await context.server.createDatabase("evaluation");
  const database = createDatabase(url);
  try {
    await database.account.create({ data: { id: ACCOUNT, name: "Benchmark account" } });
    context.log(`evaluation: generating ${count} resources`);
    const records = generateInventory({ accountId: ACCOUNT, count });

    const pureStart = performance.now();
    const { outcomes } = evaluateAccount(records, { accountId: ACCOUNT, now: new Date() });
    const pureEvaluationMs = performance.now() - pureStart;

    context.log("evaluation: first scan");
    const first = await timedScan(database, url, records);
    const openFindings = await database.finding.count({ where: { status: "open" } });
    let rescan: (Awaited<ReturnType<typeof timedScan>> & { changed: number }) | undefined;
    if (options.rescan) {
      context.log("evaluation: 1%-changed rescan");
      const changedRecords = changeResources(records, 0.01);
      const changed = changedRecords.filter((record, index) => record !== records[index]).length;
      rescan = { ...(await timedScan(database, url, changedRecords)), changed };
    }
    return { pureEvaluationMs, outcomes: outcomes.length, openFindings, first, rescan };
  } finally {
    await database.$disconnect();
    await context.server.dropDatabase(url);
  }
}

/**
 * One scan through its own connection pool, closed when it returns: a closing backend publishes its row counters
 * at once, so the counts after the scan are its own (an idle one can hold them back for seconds).
 */
async function timedScan(database: Database, url: string, records: readonly ResourceRecord[]) {
  const clock = timeScanStages({
    collect: createSyntheticCollector({ resourcesPerAccount: records.length, pageSize: 1_000, pageLatencyMs: 0, inventoryFor: () => records }),
    evaluate: (resources, context) => evaluateAccount(resources, context),
    score: (tallies) => computeScanPosture(tallies),
  });
  const before = await snapshotRowWrites(database);
  const scanDatabase = createDatabase(url);
  let stages: StageTimes;
  try {
    const scan = await createScan(scanDatabase, { accountId: ACCOUNT, trigger: "cli" });
    const outcome = await runScan(scanDatabase, scan.id, clock.dependencies, { workerId: "bench" });
    stages = clock.stages();
    if (outcome.status === "failed" || outcome.status === "skipped") throw new Error(`benchmark scan ${outcome.status}: ${JSON.stringify(outcome)}`);
  } finally {
    await scanDatabase.$disconnect();
  }
  const rows = diffRowWrites(before, await snapshotRowWrites(database));
  return { stages, rows };
}
