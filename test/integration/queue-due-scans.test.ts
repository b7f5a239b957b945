import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { queueDueScans } from "@/lib/scans/queue-due-scans";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => testDb.drop());
beforeEach(async () => {
  await testDb.db.account.deleteMany();
  await testDb.db.account.createMany({
    data: [
      { id: "111111111111", name: "every 6 hours", scanSchedule: "0 */6 * * *" },
      { id: "222222222222", name: "hourly", scanSchedule: "0 * * * *" },
      { id: "333333333333", name: "disabled", scanSchedule: "0 * * * *", enabled: false },
      { id: "444444444444", name: "broken schedule", scanSchedule: "whenever" },
    ],
  });
});

describe("queueDueScans", () => {
  it("queues each due slot exactly once, even when two schedulers tick at the same time", async () => {
    const sent: string[] = [];
    const send = async (scanId: string) => void sent.push(scanId);
    const now = new Date("2026-03-01T12:01:00Z");
    const [a, b] = await Promise.all([queueDueScans(testDb.db, now, send), queueDueScans(testDb.db, now, send)]);
    expect(a.queued.length + b.queued.length).toBe(2);
    expect(sent).toHaveLength(2);
    const scans = await testDb.db.scan.findMany({ orderBy: { accountId: "asc" } });
    expect(scans.map((scan) => [scan.accountId, scan.slotKey, scan.trigger])).toEqual([
      ["111111111111", "111111111111@2026-03-01T12:00:00.000Z", "schedule"],
      ["222222222222", "222222222222@2026-03-01T12:00:00.000Z", "schedule"],
    ]);
    expect(a.invalidSchedules.concat(b.invalidSchedules)[0]).toMatchObject({ accountId: "444444444444" });
  });

  it("queues nothing between slots", async () => {
    const result = await queueDueScans(testDb.db, new Date("2026-03-01T12:30:00Z"), async () => undefined);
    expect(result.queued).toEqual([]);
  });

  it("hands scans whose worker stopped heart-beating back to the queue", async () => {
    const stale = await testDb.db.scan.create({
      data: { accountId: "111111111111", trigger: "manual", status: "running", heartbeatAt: new Date(Date.now() - 5 * 60_000) },
    });
    await testDb.db.scan.create({
      data: { accountId: "222222222222", trigger: "manual", status: "running", heartbeatAt: new Date() },
    });
    const result = await queueDueScans(testDb.db, new Date("2026-03-01T12:30:00Z"), async () => undefined);
    expect(result.requeued).toEqual([stale.id]);
  });
});
