/**
 * Notifications end to end against real local receivers on 127.0.0.1: a signed JSON webhook that fails
 * twice before accepting, a Slack-compatible receiver whose payloads must match Slack's documented shape,
 * and an SMTP server (smtp-server) requiring the sealed password. Findings come from a real sample scan.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createNotificationChannel } from "@/lib/notifications/create-notification-channel";
import { createNotificationRule } from "@/lib/notifications/create-notification-rule";
import { deleteNotificationSetting } from "@/lib/notifications/delete-notification-setting";
import { deliverNotification } from "@/lib/notifications/deliver-notification";
import type { FindingNotification } from "@/lib/notifications/notification-event";
import { queueDigests } from "@/lib/notifications/queue-digests";
import { queueScanNotifications } from "@/lib/notifications/queue-scan-notifications";
import { verifyWebhook } from "@/lib/notifications/sign-webhook";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { schemaValidator } from "./json-schema";
import { type LocalReceiver, startLocalReceiver } from "./local-receiver";
import { ensureSampleAccount, scanSample } from "./sample-scans";

const KEY = randomBytes(32);
const SECRET = "whsec-0123456789abcdef";
const admin: Actor = { userId: "cli:test", role: "admin", accountScope: null };
const BASE = "https://vigil.example.test";

let testDb: TestDatabase;
let scanId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await ensureSampleAccount(testDb.db);
});
afterAll(async () => testDb.drop());

/** What the job queue does: attempt again while the delivery asks for a retry. */
async function deliverUntilSettled(deliveryId: string, maxAttempts = 6) {
  for (;;) {
    const outcome = await deliverNotification(testDb.db, deliveryId, { key: KEY, maxAttempts, timeoutMs: 5_000 });
    if (outcome.status !== "retry") return outcome;
  }
}

describe("webhook notifications", () => {
  let receiver: LocalReceiver;
  let channelId: string;
  afterAll(async () => receiver.close());

  it("queue one delivery per matching finding event, once", async () => {
    // The first two requests fail, as a receiver that is restarting would.
    receiver = await startLocalReceiver((_request, index) => ({ status: index < 2 ? 503 : 204 }));
    ({ id: channelId } = await createNotificationChannel(testDb.db, admin, { kind: "webhook", name: "SIEM", url: `${receiver.url}/hooks/vigil`, secret: SECRET }, { key: KEY }));
    const stored = await testDb.db.notificationChannel.findUniqueOrThrow({ where: { id: channelId } });
    expect(stored.secretSealed).not.toContain(SECRET);
    await createNotificationRule(testDb.db, admin, { name: "Critical now", channelId, minSeverity: "critical", events: ["opened"] });

    scanId = (await scanSample(testDb.db)).scanId;
    const criticalOpened = await testDb.db.findingEvent.count({ where: { scanId, kind: "opened", finding: { severity: "critical" } } });
    expect(criticalOpened).toBeGreaterThan(0);

    const queued = await queueScanNotifications(testDb.db, scanId, { baseUrl: BASE });
    expect(queued).toHaveLength(criticalOpened);
    expect(await queueScanNotifications(testDb.db, scanId, { baseUrl: BASE })).toEqual([]);
  });

  it("are signed, retried after failures, and received exactly once each", async () => {
    const deliveries = await testDb.db.notificationDelivery.findMany({ where: { channelId } });
    for (const delivery of deliveries) expect(await deliverUntilSettled(delivery.id)).toMatchObject({ status: "sent" });
    // Delivering again (a duplicate job) sends nothing.
    for (const delivery of deliveries) expect((await deliverNotification(testDb.db, delivery.id, { key: KEY })).status).toBe("skipped");

    expect(receiver.requests).toHaveLength(deliveries.length + 2);
    const accepted = receiver.requests.slice(2);
    const ids = accepted.map((request) => (JSON.parse(request.body) as FindingNotification).id);
    expect(new Set(ids).size).toBe(deliveries.length);
    for (const request of receiver.requests) {
      expect(request.path).toBe("/hooks/vigil");
      const verified = verifyWebhook(
        request.body,
        { signature: String(request.headers["vigil-signature"]), timestamp: String(request.headers["vigil-timestamp"]) },
        SECRET,
        Math.floor(Date.now() / 1000),
      );
      expect(verified).toBe(true);
      expect(verifyWebhook(request.body, { signature: String(request.headers["vigil-signature"]), timestamp: String(request.headers["vigil-timestamp"]) }, "wrong-secret", Math.floor(Date.now() / 1000))).toBe(false);
    }
    const body = JSON.parse(accepted[0]!.body) as FindingNotification;
    expect(body).toMatchObject({ type: "finding.opened", scanId, rule: { name: "Critical now" }, finding: { severity: "critical", accountId: "123456789012" } });
    expect(body.finding.url).toBe(`${BASE}/findings/${body.finding.id}`);
    expect(accepted[0]!.headers["vigil-delivery"]).toBe(body.id);

    const rows = await testDb.db.notificationDelivery.findMany({ where: { channelId }, orderBy: { attempts: "desc" } });
    expect(rows.every((row) => row.status === "sent" && row.responseCode === 204 && row.sentAt !== null)).toBe(true);
    expect(rows[0]).toMatchObject({ attempts: 3, lastError: null });
    expect(rows.reduce((sum, row) => sum + row.attempts, 0)).toBe(deliveries.length + 2);
  });

  it("gives up after the last attempt and records why", async () => {
    const down = await startLocalReceiver(() => ({ status: 500, body: { error: "boom" } }));
    const { id } = await createNotificationChannel(testDb.db, admin, { kind: "webhook", name: "Down", url: down.url, secret: SECRET }, { key: KEY });
    const delivery = await testDb.db.notificationDelivery.create({
      data: { deliveryKey: "test-down", channelId: id, event: "test", payload: { type: "test", id: "t", occurredAt: new Date().toISOString(), message: "hi" } },
    });
    expect(await deliverUntilSettled(delivery.id, 3)).toMatchObject({ status: "failed" });
    expect(await testDb.db.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: "failed", attempts: 3, responseCode: 500, lastError: 'HTTP 500: {"error":"boom"}',
    });
    expect(down.requests).toHaveLength(3);
    await down.close();
  });
});

describe("Slack notifications", () => {
  it("post Block Kit messages in the documented incoming-webhook shape, for events and digests", async () => {
    const slack = await startLocalReceiver(() => ({ status: 200, body: "ok" }));
    const validate = schemaValidator("slack-incoming-webhook.schema.json");
    const { id: channelId } = await createNotificationChannel(testDb.db, admin, { kind: "slack", name: "#security", url: `${slack.url}/services/T000/B000/XXXX` }, { key: KEY });
    await createNotificationRule(testDb.db, admin, { name: "High to Slack", channelId, minSeverity: "high", frameworks: ["cis-aws-7.0"] });
    await createNotificationRule(testDb.db, admin, { name: "Daily digest", channelId, minSeverity: "medium", digest: "daily" });

    const queued = await queueScanNotifications(testDb.db, scanId, { baseUrl: BASE });
    expect(queued.length).toBeGreaterThan(0);
    const digests = await queueDigests(testDb.db, new Date(Date.now() + 86_400_000), { baseUrl: BASE });
    expect(digests).toHaveLength(1);
    for (const id of [...queued, ...digests]) expect(await deliverUntilSettled(id)).toMatchObject({ status: "sent" });

    expect(slack.requests).toHaveLength(queued.length + 1);
    for (const request of slack.requests) {
      expect(request.path).toBe("/services/T000/B000/XXXX");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(validate(JSON.parse(request.body))).toEqual([]);
    }
    const digest = JSON.parse(slack.requests.at(-1)!.body) as { text: string };
    expect(digest.text).toMatch(/^Vigil digest: \d+ open findings; \d+ new/);
    expect(validate({ text: "x", blocks: [{ type: "header", text: { type: "mrkdwn", text: "headers are plain text only" } }] })).not.toEqual([]);
    await slack.close();
  });
});

describe("e-mail notifications", () => {
  it("go through SMTP with the sealed password", async () => {
    const received: { from: string; to: string[]; data: string }[] = [];
    const smtp = new SMTPServer({
      secure: false,
      disabledCommands: ["STARTTLS"],
      authOptional: false,
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        if (auth.username === "vigil" && auth.password === "smtp-pass-123") callback(null, { user: "vigil" });
        else callback(new Error("Invalid username or password"));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            data: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const { port } = smtp.server.address() as AddressInfo;

    const input = { kind: "email", name: "Managers", host: "127.0.0.1", port, secure: false, user: "vigil", password: "smtp-pass-123", from: "vigil@example.test", to: ["ciso@example.test"] };
    const { id: channelId } = await createNotificationChannel(testDb.db, admin, input, { key: KEY });
    await createNotificationRule(testDb.db, admin, { name: "Mail critical", channelId, minSeverity: "critical" });
    const queued = await queueScanNotifications(testDb.db, scanId, { baseUrl: BASE });
    expect(queued.length).toBeGreaterThan(0);
    expect(await deliverUntilSettled(queued[0]!)).toMatchObject({ status: "sent" });
    expect(await testDb.db.notificationDelivery.findUniqueOrThrow({ where: { id: queued[0]! } })).toMatchObject({ status: "sent", responseCode: 250 });

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "vigil@example.test", to: ["ciso@example.test"] });
    expect(received[0]!.data).toMatch(/Subject: \[Vigil\] New critical: /);
    expect(received[0]!.data).toContain(`${BASE}/findings/`);

    // A wrong password is a failed attempt, recorded, not an exception.
    const wrong = await createNotificationChannel(testDb.db, admin, { ...input, name: "Wrong", password: "nope" }, { key: KEY });
    const delivery = await testDb.db.notificationDelivery.create({
      data: { deliveryKey: "mail-wrong", channelId: wrong.id, event: "test", payload: { type: "test", id: "m", occurredAt: new Date().toISOString(), message: "hi" } },
    });
    expect(await deliverUntilSettled(delivery.id, 1)).toMatchObject({ status: "failed" });
    expect((await testDb.db.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).lastError).toMatch(/Invalid/);
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });
});

describe("notification settings", () => {
  it("are deleted by administrators only; a channel takes its rules and deliveries with it", async () => {
    const channel = await testDb.db.notificationChannel.findFirstOrThrow({ where: { name: "SIEM" } });
    const viewer: Actor = { userId: "v", role: "viewer", accountScope: null };
    await expect(deleteNotificationSetting(testDb.db, viewer, { kind: "channel", id: channel.id })).rejects.toThrow(/settings:manage/);
    expect(await testDb.db.notificationDelivery.count({ where: { channelId: channel.id } })).toBeGreaterThan(0);
    await deleteNotificationSetting(testDb.db, admin, { kind: "channel", id: channel.id });
    expect(await testDb.db.notificationRule.count({ where: { channelId: channel.id } })).toBe(0);
    expect(await testDb.db.notificationDelivery.count({ where: { channelId: channel.id } })).toBe(0);
    await expect(deleteNotificationSetting(testDb.db, admin, { kind: "channel", id: channel.id })).rejects.toThrow(/No such/);
  });
});
