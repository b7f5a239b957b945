/**
 * Operations: a worker killed (SIGKILL) in the middle of a scan loses nothing and duplicates nothing.
 * A real worker process scans a synthetic account through a slow collector; it is killed once part of the
 * inventory is stored; a second worker, woken by the scheduler job once the scan's heartbeat is stale,
 * re-runs the scan to completion, and every row exists exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSyntheticWorker, type SyntheticWorkerProcess } from "@/bench/workers/spawn-synthetic-worker";
import { generateInventory } from "@/bench/synthetic/generate-inventory";
import { evaluateInventory } from "@/lib/checks/evaluate-inventory";
import { scanAccountJob } from "@/lib/jobs/definitions/scan-account";
import { scheduleScansJob } from "@/lib/jobs/definitions/schedule-scans";
import { openJobQueue, type JobQueue } from "@/lib/jobs/job-queue";
import { sendJob } from "@/lib/jobs/start-worker";
import { createScan } from "@/lib/scans/create-scan";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

const ACCOUNT = "210987000042";
const RESOURCES = 1_200;
// The synthetic collector seeds each account's inventory with its id's last six digits.
const inventory = () => generateInventory({ accountId: ACCOUNT, count: RESOURCES, seed: 42 });

let testDb: TestDatabase;
let queue: JobQueue;
const workers: SyntheticWorkerProcess[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  // A schedule that is never due, so the scheduler only re-queues the abandoned scan.
  await testDb.db.account.create({ data: { id: ACCOUNT, name: "Synthetic", scanSchedule: "0 0 29 2 1" } });
  queue = await openJobQueue(testDb.url, { role: "sender" });
});

afterAll(async () => {
  for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) await worker.kill();
  await queue?.stop({ graceful: false, wait: true });
  await testDb?.drop();
});

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("a worker killed mid-scan", () => {
  it("has its scan finished by another worker, with every row exactly once", { timeout: 180_000 }, async () => {
    const first = spawnSyntheticWorker({
      databaseUrl: testDb.url,
      // 12 pages of 100, 400 ms each: about five seconds of collection, stored in batches of 500.
      env: { SYNTHETIC_RESOURCES: String(RESOURCES), SYNTHETIC_PAGE_SIZE: "100", SYNTHETIC_PAGE_LATENCY_MS: "400" },
    });
    workers.push(first);
    await first.ready;

    const scan = await createScan(testDb.db, { accountId: ACCOUNT, trigger: "manual" });
    await sendJob(queue, scanAccountJob, { scanId: scan.id });

    // Mid-scan: the first batch of the inventory is stored, the rest not yet collected.
    const storedBeforeKill = await waitUntil("the first stored batch", async () => {
      const count = await testDb.db.resource.count();
      return count > 0 ? count : undefined;
    });
    await first.kill();
    expect(storedBeforeKill).toBeLessThan(RESOURCES);
    const abandoned = await testDb.db.scan.findUniqueOrThrow({ where: { id: scan.id } });
    expect(abandoned.status).toBe("running");
    expect(abandoned.workerId).toContain(`:${first.pid}`);

    // A dead worker stops heart-beating; after STALE_HEARTBEAT_SECONDS its scan counts as abandoned.
    // Move the heartbeat back instead of waiting that minute.
    await testDb.db.$executeRaw`UPDATE scans SET heartbeat_at = now() - interval '5 minutes' WHERE id = ${scan.id}::uuid`;

    const second = spawnSyntheticWorker({
      databaseUrl: testDb.url,
      env: { SYNTHETIC_RESOURCES: String(RESOURCES), SYNTHETIC_PAGE_SIZE: "100", SYNTHETIC_PAGE_LATENCY_MS: "0" },
    });
    workers.push(second);
    await second.ready;
    // The scheduler tick (cron every minute; sent now rather than waited for) re-queues the abandoned scan.
    await sendJob(queue, scheduleScansJob, {});

    const finished = await waitUntil("the scan to finish", async () => {
      const row = await testDb.db.scan.findUniqueOrThrow({ where: { id: scan.id } });
      return row.status === "running" || row.status === "queued" ? undefined : row;
    });
    expect(finished).toMatchObject({ status: "succeeded", complete: true, resourceCount: RESOURCES, error: null });
    expect(finished.workerId).toContain(`:${second.pid}`);
    expect(await testDb.db.scan.count()).toBe(1);

    // Every resource once, with exactly one version: the re-run recognised what the killed worker stored.
    const expected = inventory();
    expect(await testDb.db.resource.count({ where: { deletedAt: null } })).toBe(RESOURCES);
    expect(await testDb.db.resourceVersion.count()).toBe(RESOURCES);
    const [versions] = await testDb.db.$queryRaw<{ resources: number }[]>`SELECT count(DISTINCT resource_id)::int AS resources FROM resource_versions`;
    expect(versions?.resources).toBe(RESOURCES);

    // Every failing verdict is one open finding with one "opened" event.
    const failing = evaluateInventory(expected, { accountId: ACCOUNT, now: finished.startedAt ?? new Date() }).filter((o) => o.status === "fail");
    expect(failing.length).toBeGreaterThan(0);
    expect(await testDb.db.finding.count({ where: { status: "open" } })).toBe(failing.length);
    expect(await testDb.db.finding.count()).toBe(failing.length);
    expect(await testDb.db.findingEvent.count({ where: { kind: "opened" } })).toBe(failing.length);
    expect(await testDb.db.findingEvent.count()).toBe(failing.length);
    expect(finished.findingCount).toBe(failing.length);

    // Results are written once per scan.
    const checks = new Set(failing.map((o) => o.checkId));
    const results = await testDb.db.checkResult.findMany({ where: { scanId: scan.id } });
    for (const checkId of checks) expect(results.filter((r) => r.checkId === checkId)).toHaveLength(1);
    expect(await testDb.db.postureSnapshot.count({ where: { scanId: scan.id, scope: "overall" } })).toBe(1);

    await second.stop();
  });
});
