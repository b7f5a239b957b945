/**
 * Anomalies from real history: two sample scans, the second with a bucket whose policy turned public.
 * The "what changed" reader explains it with its baseline, and a rule asking for anomalies sends it to Slack once.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopeOf } from "@/lib/auth/account-scope";
import type { Actor } from "@/lib/auth/permissions";
import { findAccountChanges } from "@/lib/changes/find-account-changes";
import { createNotificationChannel } from "@/lib/notifications/create-notification-channel";
import { createNotificationRule } from "@/lib/notifications/create-notification-rule";
import { deliverNotification } from "@/lib/notifications/deliver-notification";
import { queueScanAnomalies } from "@/lib/notifications/queue-scan-anomalies";
import { queueScanNotifications } from "@/lib/notifications/queue-scan-notifications";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { schemaValidator } from "./json-schema";
import { type LocalReceiver, startLocalReceiver } from "./local-receiver";
import { ensureSampleAccount, sampleRecordings, scanSample } from "./sample-scans";

const KEY = randomBytes(32);
const admin: Actor = { userId: "cli:test", role: "admin", accountScope: null };
let testDb: TestDatabase;
let slack: LocalReceiver;
let firstScanId: string;
let secondScanId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await ensureSampleAccount(testDb.db);
  slack = await startLocalReceiver(() => ({ status: 200 }));
  const { id: channelId } = await createNotificationChannel(testDb.db, admin, { kind: "slack", name: "#sec", url: `${slack.url}/hook` }, { key: KEY });
  await createNotificationRule(testDb.db, admin, { name: "Unusual", channelId, minSeverity: "high", events: ["anomaly"] });
  firstScanId = (await scanSample(testDb.db)).scanId;
  const edited = sampleRecordings();
  edited.s3.push({ command: "GetBucketPolicyStatus", input: { Bucket: "demo-ci-artifacts" }, output: { PolicyStatus: { IsPublic: true } } });
  secondScanId = (await scanSample(testDb.db, edited)).scanId;
});
afterAll(async () => {
  await slack.close();
  await testDb.drop();
});

describe("anomalies from scan history", () => {
  it("explain the bucket that turned public with the account's baseline", async () => {
    const { anomalies } = await findAccountChanges(testDb.db, scopeOf(admin), { accountId: "123456789012" });
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]).toMatchObject({ kind: "became_public", resourceName: "demo-ci-artifacts", summary: "bucket demo-ci-artifacts became public" });
    expect(anomalies[0]?.baseline.description).toMatch(/^\d+ of 8 buckets in this account were public before this window; none turned public earlier/);
  });

  it("go to rules asking for anomalies, once, in Slack's shape; the first scan has no baseline", async () => {
    expect(await queueScanAnomalies(testDb.db, firstScanId, { baseUrl: "https://v.test" })).toEqual([]);
    const queued = await queueScanAnomalies(testDb.db, secondScanId, { baseUrl: "https://v.test" });
    expect(queued).toHaveLength(1);
    expect(await queueScanAnomalies(testDb.db, secondScanId, { baseUrl: "https://v.test" })).toEqual([]);
    // The rule asks only for anomalies: the scan's new findings are not sent to it.
    expect(await queueScanNotifications(testDb.db, secondScanId, { baseUrl: "https://v.test" })).toEqual([]);

    expect(await deliverNotification(testDb.db, queued[0]!, { key: KEY })).toMatchObject({ status: "sent" });
    const message = JSON.parse(slack.requests[0]!.body) as { text: string };
    expect(schemaValidator("slack-incoming-webhook.schema.json")(message)).toEqual([]);
    expect(message.text).toBe("Unusual change in 123456789012: bucket demo-ci-artifacts became public");
    expect(slack.requests[0]!.body).toContain(`https://v.test/changes?account=123456789012&scan=${secondScanId}`);
  });
});
