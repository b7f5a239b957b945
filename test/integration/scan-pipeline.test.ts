/**
 * The scan pipeline against real Postgres, with a scripted collector and a simple check so each
 * lifecycle rule is visible: versions only on change, deletions only where the inventory was complete,
 * findings opened, confirmed, resolved, reopened and closed with their resource, and abandoned scans.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CollectionGap, CollectionSink } from "@/collectors/collection-sink";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { createScan } from "@/lib/scans/create-scan";
import { runScan, type ScanDependencies } from "@/lib/scans/run-scan";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { defineTestCheck, evaluateWith } from "@/test/helpers/test-check";

const ACCOUNT = "111122223333";
const bucket = (name: string, versioning: "Enabled" | "Suspended", region = "us-east-1"): ResourceRecord => ({
  arn: `arn:aws:s3:::${name}`,
  accountId: ACCOUNT,
  region,
  service: "s3",
  type: "AWS::S3::Bucket",
  name,
  configuration: { Bucket: { Name: name }, Versioning: { Status: versioning } },
});
const fn = (name: string): ResourceRecord => ({
  arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`,
  accountId: ACCOUNT,
  region: "us-east-1",
  service: "lambda",
  type: "AWS::Lambda::Function",
  name,
  configuration: { Configuration: { FunctionName: name, Runtime: "python3.12" } },
});

/** A collector that plays back a fixed inventory and gaps. */
function scripted(records: ResourceRecord[], gaps: CollectionGap[] = []): ScanDependencies["collect"] {
  return async (_account, sink: CollectionSink) => {
    for (const record of records) {
      sink.apiCall("s3", "GetBucketVersioning");
      await sink.resource(record);
    }
    for (const gap of gaps) sink.gap(gap);
    return { regions: ["us-east-1", "eu-west-1"] };
  };
}

const versioningCheck = evaluateWith(
  defineTestCheck({
    id: "s3_bucket_versioning_enabled",
    title: "S3 bucket versioning is enabled",
    service: "s3",
    resourceType: "AWS::S3::Bucket",
    evaluate(resource) {
      const status = (resource.configuration.Versioning as { Status: string }).Status;
      return { status: status === "Enabled" ? "pass" : "fail", reason: `Versioning is ${status}`, evidence: { Versioning: resource.configuration.Versioning } };
    },
  }),
);

const dependencies = (collect: ScanDependencies["collect"]): ScanDependencies => ({
  collect,
  evaluate: versioningCheck,
  score: (tallies) => {
    const { pass: passed = 0, fail: failed = 0 } = tallies["s3_bucket_versioning_enabled"] ?? {};
    return [{ scope: "overall", key: "all", score: (100 * passed) / Math.max(1, passed + failed), passed, failed }];
  },
});

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => testDb.drop());
beforeEach(async () => {
  await testDb.db.account.deleteMany();
  await testDb.db.account.create({ data: { id: ACCOUNT, name: "Test account" } });
});

async function scanWith(collect: ScanDependencies["collect"]) {
  const scan = await createScan(testDb.db, { accountId: ACCOUNT, trigger: "cli" });
  return runScan(testDb.db, scan.id, dependencies(collect), { workerId: "test" });
}

const findingOf = (name: string) =>
  testDb.db.finding.findUniqueOrThrow({
    where: { checkId_accountId_resourceArn: { checkId: "s3_bucket_versioning_enabled", accountId: ACCOUNT, resourceArn: `arn:aws:s3:::${name}` } },
    include: { events: { orderBy: { id: "asc" } } },
  });

describe("a scan", () => {
  it("stores the inventory, opens findings and records results, counts and scores", async () => {
    const outcome = await scanWith(scripted([bucket("logs", "Suspended"), bucket("site", "Enabled"), fn("api")]));
    expect(outcome).toMatchObject({ status: "succeeded", resources: 3, gaps: 0, openFindings: 1 });

    const scan = await testDb.db.scan.findUniqueOrThrow({ where: { id: outcome.scanId } });
    expect(scan).toMatchObject({ status: "succeeded", complete: true, apiCalls: 3, resourcesAdded: 3, findingsOpened: 1 });
    expect(await testDb.db.resourceVersion.count()).toBe(3);
    const finding = await findingOf("logs");
    expect(finding).toMatchObject({ status: "open", severity: "medium", resourceType: "AWS::S3::Bucket" });
    expect(finding.dueAt).not.toBeNull();
    expect(finding.events.map((e) => e.kind)).toEqual(["opened"]);
    expect(await testDb.db.checkResult.findMany()).toEqual([
      expect.objectContaining({ checkId: "s3_bucket_versioning_enabled", evaluated: 2, passed: 1, failed: 1 }),
    ]);
    expect(await testDb.db.postureSnapshot.findFirst()).toMatchObject({ scope: "overall", score: 50 });
  });

  it("versions only what changed, resolves what was fixed, and reopens a regression", async () => {
    await scanWith(scripted([bucket("logs", "Suspended"), bucket("site", "Enabled")]));
    const fixed = await scanWith(scripted([bucket("logs", "Enabled"), bucket("site", "Enabled")]));
    expect(await testDb.db.resourceVersion.count()).toBe(3); // logs changed once, site never
    expect(await testDb.db.scan.findUniqueOrThrow({ where: { id: fixed.scanId } })).toMatchObject({
      resourcesAdded: 0, resourcesChanged: 1, findingsResolved: 1,
    });
    expect(await findingOf("logs")).toMatchObject({ status: "resolved", resolution: "fixed" });

    await scanWith(scripted([bucket("logs", "Suspended"), bucket("site", "Enabled")]));
    const reopened = await findingOf("logs");
    expect(reopened).toMatchObject({ status: "open", resolvedAt: null });
    expect(reopened.events.map((e) => e.kind)).toEqual(["opened", "resolved", "regressed"]);
    expect(await testDb.db.finding.count()).toBe(1);
  });

  it("marks unseen resources deleted and closes their findings as resource deleted", async () => {
    await scanWith(scripted([bucket("logs", "Suspended"), bucket("old", "Suspended"), fn("api")]));
    const outcome = await scanWith(scripted([bucket("logs", "Suspended"), fn("api")]));
    expect(outcome).toMatchObject({ resources: 2 });
    const old = await testDb.db.resource.findFirstOrThrow({ where: { name: "old" } });
    expect(old.deletedAt).not.toBeNull();
    expect(await findingOf("old")).toMatchObject({ status: "resolved", resolution: "resource_deleted" });
    expect(await findingOf("logs")).toMatchObject({ status: "open" });
  });

  it("never infers deletions where the inventory could not be read", async () => {
    await scanWith(scripted([bucket("logs", "Suspended"), bucket("eu", "Suspended", "eu-west-1"), fn("api")]));
    const gaps: CollectionGap[] = [
      { kind: "inventory", service: "s3", region: "global", api: "ListBuckets", errorCode: "AccessDenied", message: "denied" },
      { kind: "inventory", service: "lambda", region: "us-east-1", api: "ListFunctions", errorCode: "ThrottlingException", message: "slow down" },
    ];
    const partial = await scanWith(scripted([], gaps));
    expect(partial).toMatchObject({ status: "partial", gaps: 2, resources: 3 });
    expect(await testDb.db.resource.count({ where: { deletedAt: { not: null } } })).toBe(0);
    const scan = await testDb.db.scan.findUniqueOrThrow({ where: { id: partial.scanId }, include: { gaps: true } });
    expect(scan.complete).toBe(false);
    expect(scan.gaps.map((gap) => `${gap.service}/${gap.region}/${gap.api}/${gap.errorCode}`).sort()).toEqual([
      "lambda/us-east-1/ListFunctions/ThrottlingException",
      "s3/global/ListBuckets/AccessDenied",
    ]);
    expect(await findingOf("logs")).toMatchObject({ status: "open" });
  });

  it("records a collector failure on the scan row instead of losing it", async () => {
    const outcome = await scanWith(async () => {
      throw new Error("ExpiredToken: the security token included in the request is expired");
    });
    expect(outcome).toMatchObject({ status: "failed" });
    const scan = await testDb.db.scan.findUniqueOrThrow({ where: { id: outcome.scanId } });
    expect(scan).toMatchObject({ status: "failed", error: expect.stringContaining("ExpiredToken") });
    expect(scan.finishedAt).not.toBeNull();
  });

  it("re-runs a scan abandoned by a killed worker without duplicating anything", async () => {
    await scanWith(scripted([bucket("logs", "Suspended"), bucket("site", "Enabled")]));
    // A worker claimed the next scan, wrote half of it, then died: its heartbeat went stale.
    const scan = await createScan(testDb.db, { accountId: ACCOUNT, trigger: "schedule" });
    await testDb.db.scan.update({
      where: { id: scan.id },
      data: { status: "running", workerId: "dead", heartbeatAt: new Date(Date.now() - 10 * 60_000) },
    });
    const rerun = await runScan(testDb.db, scan.id, dependencies(scripted([bucket("logs", "Suspended"), bucket("site", "Enabled")])), {
      workerId: "survivor",
    });
    expect(rerun).toMatchObject({ status: "succeeded", resources: 2, openFindings: 1 });
    expect(await testDb.db.resource.count()).toBe(2);
    expect(await testDb.db.finding.count()).toBe(1);
    expect(await testDb.db.resourceVersion.count()).toBe(2);
  });

  it("lets only one worker run a scan, and one scan per account at a time", async () => {
    const scan = await createScan(testDb.db, { accountId: ACCOUNT, trigger: "manual" });
    expect(await createScan(testDb.db, { accountId: ACCOUNT, trigger: "manual" })).toEqual({ id: scan.id, created: false });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: ScanDependencies["collect"] = async (account, sink) => {
      await gate;
      return scripted([bucket("logs", "Suspended")])(account, sink);
    };
    const first = runScan(testDb.db, scan.id, dependencies(slow), { workerId: "a" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await runScan(testDb.db, scan.id, dependencies(slow), { workerId: "b" });
    release();
    expect(second.status).toBe("skipped");
    expect((await first).status).toBe("succeeded");
  });
});
