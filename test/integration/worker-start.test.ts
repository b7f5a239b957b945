/** Several workers (or replicas) starting at once on a fresh database must all come up. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type RunningWorker } from "@/lib/jobs/start-worker";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

let testDb: TestDatabase;
const workers: RunningWorker[] = [];
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await testDb.drop();
});

describe("startWorker", () => {
  it("starts three workers together on a database pg-boss has never seen", async () => {
    const started = await Promise.allSettled([1, 2, 3].map(() => startWorker({ connectionString: testDb.url })));
    for (const result of started) if (result.status === "fulfilled") workers.push(result.value);
    expect(started.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const queues = await testDb.db.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.queue ORDER BY name`;
    expect(queues.map((queue) => queue.name)).toContain("scan-account");
  }, 60_000);
});
