/**
 * Retention against real Postgres: what is older than the cutoff goes (in several batches), what the
 * dashboard still needs stays: current versions, live resources, open findings, each account's latest scan.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { pruneOldData } from "./prune-old-data";

const NOW = new Date("2027-06-01T00:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const A = "111111111111";
const B = "222222222222";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => testDb.drop());

async function resource(database: Database, arn: string, options: { versionsAgo: number[]; deletedAgo?: number }) {
  const row = await database.resource.create({
    data: {
      accountId: A, region: "us-east-1", service: "s3", type: "AWS::S3::Bucket", arn, name: arn, configuration: {},
      hash: "0".repeat(64), firstSeenAt: daysAgo(900), lastSeenAt: daysAgo(options.deletedAgo ?? 0),
      deletedAt: options.deletedAgo === undefined ? null : daysAgo(options.deletedAgo),
    },
  });
  for (const ago of options.versionsAgo) {
    await database.resourceVersion.create({
      data: { resourceId: row.id, hash: String(ago).padStart(64, "0"), configuration: { ago }, capturedAt: daysAgo(ago) },
    });
  }
  return row;
}

async function finding(database: Database, resourceId: string, checkId: string, status: "open" | "resolved", resolvedAgo?: number) {
  return database.finding.create({
    data: {
      checkId, accountId: A, resourceId, resourceArn: `arn:${resourceId}`, resourceType: "AWS::S3::Bucket", region: "us-east-1",
      service: "s3", severity: "high", status, title: checkId, evidence: {}, firstSeenAt: daysAgo(800), lastSeenAt: daysAgo(1),
      statusChangedAt: daysAgo(resolvedAgo ?? 800), resolvedAt: resolvedAgo === undefined ? null : daysAgo(resolvedAgo),
      events: { create: [{ kind: "opened", actor: "system" }, { kind: "commented", actor: "system", comment: "x" }] },
    },
  });
}

async function scan(database: Database, accountId: string, finishedAgo: number | null, status: "succeeded" | "running" = "succeeded") {
  return database.scan.create({
    data: {
      accountId, trigger: "schedule", status, queuedAt: daysAgo(finishedAgo ?? 0), finishedAt: finishedAgo === null ? null : daysAgo(finishedAgo),
      checkResults: { create: [{ checkId: "c1", accountId, evaluated: 2, passed: 1, failed: 1 }] },
      postureSnapshots: { create: [{ accountId, scope: "overall", key: "all", score: 50, passed: 1, failed: 1 }] },
      gaps: { create: [{ service: "s3", region: "us-east-1", api: "GetBucketPolicy", errorCode: "AccessDenied", message: "denied" }] },
    },
  });
}

describe("pruneOldData", () => {
  it("deletes only what is past retention and no longer needed, in batches", async () => {
    const database = testDb.db;
    await database.account.createMany({ data: [{ id: A, name: "A" }, { id: B, name: "B" }] });

    // Five versions, three superseded before the cutoff (400 days): those three go.
    const live = await resource(database, "arn:aws:s3:::live", { versionsAgo: [700, 600, 500, 300, 10] });
    // One old version that is still the current configuration: kept.
    const stable = await resource(database, "arn:aws:s3:::stable", { versionsAgo: [800] });
    // Deleted long ago, findings all resolved: goes, with its versions and findings.
    const gone = await resource(database, "arn:aws:s3:::gone", { versionsAgo: [900, 700], deletedAgo: 500 });
    await finding(database, gone.id, "gone-check", "resolved", 500);
    // Deleted long ago but still with an open finding: kept until that finding closes.
    const pending = await resource(database, "arn:aws:s3:::pending", { versionsAgo: [900], deletedAgo: 500 });
    await finding(database, pending.id, "pending-check", "open");
    // Deleted recently: kept.
    await resource(database, "arn:aws:s3:::recent", { versionsAgo: [30], deletedAgo: 20 });

    const oldResolved = await Promise.all([1, 2, 3, 4, 5].map((i) => finding(database, live.id, `old-${i}`, "resolved", 450 + i)));
    const recentResolved = await finding(database, live.id, "recent", "resolved", 100);
    const oldOpen = await finding(database, stable.id, "old-open", "open");

    const oldScans = await Promise.all([700, 600, 500].map((ago) => scan(database, A, ago)));
    const recentScan = await scan(database, A, 5);
    const onlyScanOfB = await scan(database, B, 800); // an account's latest scan is kept, however old
    const running = await scan(database, B, null, "running");

    const counts = await pruneOldData(database, { now: NOW, retentionDays: 400, batchSize: 2, pauseMs: 0 });
    // Versions: three of "live" and the superseded one of "gone" (whose last version then goes with it).
    expect(counts).toEqual({ resourceVersions: 4, deletedResources: 1, closedFindings: 5, scans: 3 });

    const versionsOf = async (id: string) =>
      (await database.resourceVersion.findMany({ where: { resourceId: id }, orderBy: { capturedAt: "asc" } })).map((v) => v.capturedAt);
    expect(await versionsOf(live.id)).toEqual([daysAgo(300), daysAgo(10)]);
    expect(await versionsOf(stable.id)).toEqual([daysAgo(800)]);
    expect((await database.resource.findMany({ orderBy: { arn: "asc" } })).map((r) => r.arn)).toEqual([
      "arn:aws:s3:::live", "arn:aws:s3:::pending", "arn:aws:s3:::recent", "arn:aws:s3:::stable",
    ]);

    const remainingFindings = new Set((await database.finding.findMany()).map((f) => f.id));
    for (const old of oldResolved) expect(remainingFindings.has(old.id)).toBe(false);
    expect(remainingFindings.has(recentResolved.id)).toBe(true);
    expect(remainingFindings.has(oldOpen.id)).toBe(true);
    // Timelines go with their findings; no orphans left behind.
    expect(await database.findingEvent.count()).toBe(2 * remainingFindings.size);

    const remainingScans = new Set((await database.scan.findMany()).map((s) => s.id));
    expect(remainingScans).toEqual(new Set([recentScan.id, onlyScanOfB.id, running.id]));
    for (const old of oldScans) expect(remainingScans.has(old.id)).toBe(false);
    expect(await database.checkResult.count()).toBe(3);
    expect(await database.postureSnapshot.count()).toBe(3);
    expect(await database.scanGap.count()).toBe(3);

    // A second run finds nothing more to do.
    expect(await pruneOldData(database, { now: NOW, retentionDays: 400, batchSize: 2, pauseMs: 0 })).toEqual({
      resourceVersions: 0, deletedResources: 0, closedFindings: 0, scans: 0,
    });
  });

  it("keeps everything when retention is 0", async () => {
    const before = await testDb.db.finding.count();
    const counts = await pruneOldData(testDb.db, { now: new Date("2100-01-01"), retentionDays: 0 });
    expect(counts).toEqual({ resourceVersions: 0, deletedResources: 0, closedFindings: 0, scans: 0 });
    expect(await testDb.db.finding.count()).toBe(before);
  });
});
