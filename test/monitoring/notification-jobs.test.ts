/**
 * The notification jobs as the worker runs them (through runJob): after a scan, one send job per delivery,
 * also for deliveries an interrupted run left unsent; a failing receiver fails the job so pg-boss retries it,
 * until the last attempt, which ends quietly with the delivery marked failed.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { notifyDeliverJob } from "@/lib/jobs/definitions/notify-deliver";
import { notifyScanJob } from "@/lib/jobs/definitions/notify-scan";
import type { JobDefinition } from "@/lib/jobs/job-definition";
import { runJob } from "@/lib/jobs/start-worker";
import { createNotificationChannel } from "@/lib/notifications/create-notification-channel";
import { createNotificationRule } from "@/lib/notifications/create-notification-rule";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { type LocalReceiver, startLocalReceiver } from "./local-receiver";
import { ensureSampleAccount, scanSample } from "./sample-scans";

const admin: Actor = { userId: "cli:test", role: "admin", accountScope: null };
let testDb: TestDatabase;
let receiver: LocalReceiver;
let scanId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  process.env.VIGIL_ENCRYPTION_KEY = randomBytes(32).toString("hex");
  await ensureSampleAccount(testDb.db);
  receiver = await startLocalReceiver(() => ({ status: 500 }));
  const { id: channelId } = await createNotificationChannel(testDb.db, admin, { kind: "webhook", name: "down", url: receiver.url, secret: "0123456789abcdef-secret" });
  await createNotificationRule(testDb.db, admin, { name: "critical", channelId, minSeverity: "critical", events: ["opened"] });
  scanId = (await scanSample(testDb.db)).scanId;
});
afterAll(async () => {
  await receiver.close();
  await testDb.drop();
});

function context(sent: { job: string; input: unknown }[]) {
  return {
    workerId: "test",
    jobId: "job",
    send: async (job: JobDefinition, input: unknown) => void sent.push({ job: job.id, input }),
  };
}

describe("notification jobs", () => {
  it("notify-scan sends one delivery job per delivery, and again for unsent ones when retried", async () => {
    const sent: { job: string; input: unknown }[] = [];
    await runJob(notifyScanJob, { scanId }, context(sent));
    const deliveries = await testDb.db.notificationDelivery.findMany({ where: { scanId } });
    expect(deliveries.length).toBeGreaterThan(0);
    expect(sent.map((entry) => entry.job)).toEqual(deliveries.map(() => "notify-deliver"));
    expect(new Set(sent.map((entry) => (entry.input as { deliveryId: string }).deliveryId))).toEqual(new Set(deliveries.map((d) => d.id)));

    const retried: { job: string; input: unknown }[] = [];
    await runJob(notifyScanJob, { scanId }, context(retried));
    expect(retried).toHaveLength(deliveries.length);
    expect(await testDb.db.notificationDelivery.count({ where: { scanId } })).toBe(deliveries.length);
  });

  it("notify-deliver fails (so the queue retries) until the last attempt, then records the failure", async () => {
    const delivery = await testDb.db.notificationDelivery.findFirstOrThrow({ where: { scanId } });
    for (let attempt = 1; attempt < 6; attempt++) {
      await expect(runJob(notifyDeliverJob, { deliveryId: delivery.id }, context([]))).rejects.toThrow(/HTTP 500/);
    }
    await expect(runJob(notifyDeliverJob, { deliveryId: delivery.id }, context([]))).resolves.toBeUndefined();
    expect(await testDb.db.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: "failed", attempts: 6, responseCode: 500 });
    expect(notifyDeliverJob.queue.retryLimit + 1).toBe(6);
  });
});
