/**
 * Scans write what changed, not what exists: a rescan of an unchanged account writes no resource or finding row,
 * and yet every reader still says when each resource and finding was last seen, as if each scan had written it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CollectionGap, CollectionSink } from "@/collectors/collection-sink";
import { scopeOf } from "@/lib/auth/account-scope";
import { applyScanEvaluation } from "@/lib/findings/apply-scan-evaluation";
import { exportFindings } from "@/lib/findings/export-findings";
import { findFindingsPage } from "@/lib/exports/find-findings-page";
import { findResourcesPage } from "@/lib/exports/find-resources-page";
import { findingsQuerySchema as apiFindingsQuery, resourcesQuerySchema as apiResourcesQuery } from "@/lib/exports/api-queries.schemas";
import { findFindings } from "@/lib/findings/find-findings";
import { getFinding } from "@/lib/findings/get-finding";
import { parseFindingsQuery } from "@/lib/findings/findings.schemas";
import { findResources } from "@/lib/inventory/find-resources";
import { parseResourcesQuery } from "@/lib/inventory/find-resources-query";
import { getResource } from "@/lib/inventory/get-resource";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { createScan } from "@/lib/scans/create-scan";
import { runScan, type ScanDependencies } from "@/lib/scans/run-scan";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { defineTestCheck, evaluateWith } from "@/test/helpers/test-check";

// The read functions are marked server-only; vitest imports them outside Next.
vi.mock("server-only", () => ({}));

const ACCOUNT = "444455556666";
const ALL = scopeOf({ accountScope: null });
const CHECK = "s3_bucket_versioning_enabled";

type Versioning = "Enabled" | "Suspended" | "Unreadable";
const bucket = (name: string, versioning: Versioning, region = "us-east-1", extra: Record<string, unknown> = {}): ResourceRecord => ({
  arn: `arn:aws:s3:::${name}`,
  accountId: ACCOUNT,
  region,
  service: "s3",
  type: "AWS::S3::Bucket",
  name,
  // A Date, as the AWS SDK returns them: stored and evaluated as JSON text.
  configuration: { Bucket: { Name: name, CreationDate: new Date("2026-01-01T00:00:00Z") }, Versioning: { Status: versioning }, ...extra },
});

/** Versioning must be enabled; "Unreadable" stands for an API the scan could not read (verdict unknown). */
/** Resources the check ran on, ARN by ARN, since the test began. */
const evaluatedArns: string[] = [];
const versioningCheck = evaluateWith(
  defineTestCheck({
    id: CHECK,
    title: "S3 bucket versioning is enabled",
    service: "s3",
    resourceType: "AWS::S3::Bucket",
    evaluate(resource) {
      evaluatedArns.push(resource.arn);
      const configuration = resource.configuration as { Versioning: { Status: Versioning }; Bucket: { CreationDate: unknown }; Note?: string };
      if (typeof configuration.Bucket.CreationDate !== "string") throw new Error("checks must see configurations as stored JSON");
      const status = configuration.Versioning.Status;
      return {
        status: status === "Unreadable" ? "unknown" : status === "Enabled" ? "pass" : "fail",
        reason: `Versioning is ${status}`,
        evidence: { Versioning: configuration.Versioning, ...(configuration.Note ? { Note: configuration.Note } : {}) },
      };
    },
  }),
);

function scripted(records: ResourceRecord[], gaps: CollectionGap[] = []): ScanDependencies["collect"] {
  return async (_account, sink: CollectionSink) => {
    for (const record of records) await sink.resource(record);
    for (const gap of gaps) sink.gap(gap);
    return { regions: ["us-east-1", "eu-west-1"] };
  };
}

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => testDb.drop());
beforeEach(async () => {
  await testDb.db.account.deleteMany();
  await testDb.db.account.create({ data: { id: ACCOUNT, name: "Test account" } });
});

const at = (hour: number) => new Date(Date.UTC(2026, 10, 24, hour));

async function scanAt(hour: number, records: ResourceRecord[], gaps: CollectionGap[] = []) {
  const scan = await createScan(testDb.db, { accountId: ACCOUNT, trigger: "cli" });
  const outcome = await runScan(
    testDb.db,
    scan.id,
    { collect: scripted(records, gaps), evaluate: versioningCheck, score: () => [] },
    { workerId: "test", now: () => at(hour) },
  );
  if (outcome.status === "failed" || outcome.status === "skipped") throw new Error(JSON.stringify(outcome));
  return outcome;
}

/** Each row's version (xmin changes whenever Postgres writes the row). */
async function rowVersions() {
  const rows = await testDb.db.$queryRaw<{ kind: string; id: string; xmin: string }[]>`
    SELECT 'resource' AS kind, id::text, xmin::text FROM resources
    UNION ALL SELECT 'finding', id::text, xmin::text FROM findings
    UNION ALL SELECT 'version', id::text, xmin::text FROM resource_versions
    UNION ALL SELECT 'event', id::text, xmin::text FROM finding_events`;
  return new Map(rows.map((row) => [`${row.kind}:${row.id}`, row.xmin]));
}

const findingOf = (name: string) =>
  testDb.db.finding.findUniqueOrThrow({
    where: { checkId_accountId_resourceArn: { checkId: CHECK, accountId: ACCOUNT, resourceArn: `arn:aws:s3:::${name}` } },
    include: { events: { orderBy: { id: "asc" } } },
  });
const resourceOf = (name: string) => testDb.db.resource.findFirstOrThrow({ where: { name } });

/** What every reader says about a finding's last sighting. */
async function findingLastSeen(name: string): Promise<Date[]> {
  const { id } = await findingOf(name);
  const detail = await getFinding(id, { scope: ALL, database: testDb.db });
  const parsed = parseFindingsQuery({ status: "open,in_progress,resolved,suppressed,risk_accepted" });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const list = await findFindings(parsed.query, testDb.db, { scope: ALL });
  const exported: string[] = [];
  for await (const finding of exportFindings(testDb.db, ALL, {})) if (finding.id === id) exported.push(finding.lastSeen);
  const api = await findFindingsPage(testDb.db, apiFindingsQuery.parse({ limit: "500" }), ALL);
  const resource = await getResource((await resourceOf(name)).id, { scope: ALL, database: testDb.db });
  return [
    detail!.lastSeenAt,
    list.items.find((item) => item.id === id)!.lastSeenAt,
    new Date(exported[0]!),
    new Date(api.items.find((item) => item.id === id)!.lastSeen),
    resource!.findings.find((finding) => finding.id === id)!.lastSeenAt,
  ];
}

/** What every reader says about a resource's last sighting. */
async function resourceLastSeen(name: string): Promise<Date[]> {
  const { id } = await resourceOf(name);
  const detail = await getResource(id, { scope: ALL, database: testDb.db });
  const parsed = parseResourcesQuery({ deleted: "include" });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const list = await findResources(parsed.query, ALL, testDb.db);
  const api = await findResourcesPage(testDb.db, apiResourcesQuery.parse({ include_deleted: "true" }), ALL);
  return [detail!.lastSeenAt, list.items.find((item) => item.id === id)!.lastSeenAt, api.items.find((item) => item.id === id)!.lastSeenAt];
}

const all = (date: Date) => [date, date, date, date, date];

describe("a rescan", () => {
  it("writes no resource, version, finding or event row when nothing changed, and readers say it was seen then", async () => {
    const inventory = () => [bucket("logs", "Suspended"), bucket("site", "Enabled")];
    await scanAt(1, inventory());
    const before = await rowVersions();
    const rescan = await scanAt(2, inventory());

    expect(rescan).toMatchObject({ status: "succeeded", resources: 2, openFindings: 1 });
    expect(await rowVersions()).toEqual(before);
    expect(await findingLastSeen("logs")).toEqual(all(at(2)));
    expect(await resourceLastSeen("site")).toEqual([at(2), at(2), at(2)]);
    const scan = await testDb.db.scan.findUniqueOrThrow({ where: { id: rescan.scanId } });
    expect(scan).toMatchObject({ resourcesAdded: 0, resourcesChanged: 0, resourcesDeleted: 0, findingsOpened: 0, findingsResolved: 0 });
  });

  it("rewrites only the finding whose evidence changed, and only the resource whose configuration changed", async () => {
    await scanAt(1, [bucket("logs", "Suspended"), bucket("data", "Suspended")]);
    const before = await rowVersions();
    await scanAt(2, [bucket("logs", "Suspended", "us-east-1", { Note: "tagged" }), bucket("data", "Suspended")]);

    const after = await rowVersions();
    const written = [...after].filter(([key, xmin]) => before.get(key) !== xmin).map(([key]) => key.split(":")[0]);
    expect(written.sort()).toEqual(["finding", "resource", "version"]);
    const logs = await findingOf("logs");
    expect(logs.evidence).toMatchObject({ details: { Note: "tagged" } });
    expect(logs.events.map((event) => event.kind)).toEqual(["opened"]);
    expect(await findingLastSeen("data")).toEqual(all(at(2)));
  });

  it("says a finding was last seen when it last failed, once resolved or once its verdict is unknown", async () => {
    await scanAt(1, [bucket("logs", "Suspended"), bucket("old", "Suspended")]);
    await scanAt(2, [bucket("logs", "Suspended"), bucket("old", "Suspended")]);
    await scanAt(3, [bucket("logs", "Enabled"), bucket("old", "Unreadable")]);
    await scanAt(4, [bucket("logs", "Enabled"), bucket("old", "Unreadable")]);

    expect(await findingOf("logs")).toMatchObject({ status: "resolved", resolution: "fixed", resolvedAt: at(3) });
    expect(await findingLastSeen("logs")).toEqual(all(at(2)));
    expect(await findingOf("old")).toMatchObject({ status: "open" });
    expect(await findingLastSeen("old")).toEqual(all(at(2)));

    // Failing again: a regression, seen from then on.
    await scanAt(5, [bucket("logs", "Suspended"), bucket("old", "Suspended")]);
    await scanAt(6, [bucket("logs", "Suspended"), bucket("old", "Suspended")]);
    expect((await findingOf("logs")).events.map((event) => event.kind)).toEqual(["opened", "resolved", "regressed"]);
    expect(await findingLastSeen("logs")).toEqual(all(at(6)));
    expect(await findingLastSeen("old")).toEqual(all(at(6)));
    expect(await testDb.db.finding.count()).toBe(2);
  });

  it("keeps an unseen resource where the inventory was incomplete, and it stops being seen then", async () => {
    await scanAt(1, [bucket("logs", "Suspended"), bucket("eu", "Suspended", "eu-west-1")]);
    await scanAt(2, [bucket("logs", "Suspended"), bucket("eu", "Suspended", "eu-west-1")]);
    const gaps: CollectionGap[] = [
      { kind: "inventory", service: "s3", region: "eu-west-1", api: "ListObjects", errorCode: "AccessDenied", message: "denied" },
    ];
    const partial = await scanAt(3, [bucket("logs", "Suspended")], gaps);

    expect(partial).toMatchObject({ status: "partial", resources: 2, openFindings: 2 });
    expect(await resourceOf("eu")).toMatchObject({ deletedAt: null });
    expect(await resourceLastSeen("eu")).toEqual([at(2), at(2), at(2)]);
    expect(await resourceLastSeen("logs")).toEqual([at(3), at(3), at(3)]);
    // Still evaluated from what was stored: its finding stays open (and, being judged, seen).
    expect(await findingOf("eu")).toMatchObject({ status: "open" });

    // Read again completely: seen again; then gone from a complete inventory: deleted, its finding closed.
    await scanAt(4, [bucket("logs", "Suspended"), bucket("eu", "Suspended", "eu-west-1")]);
    expect(await resourceLastSeen("eu")).toEqual([at(4), at(4), at(4)]);
    await scanAt(5, [bucket("logs", "Suspended")]);
    expect((await resourceOf("eu")).deletedAt).toEqual(at(5));
    expect(await resourceLastSeen("eu")).toEqual([at(4), at(4), at(4)]);
    expect(await findingOf("eu")).toMatchObject({ status: "resolved", resolution: "resource_deleted" });
    expect(await findingLastSeen("eu")).toEqual(all(at(4)));
  });

  it("reopens a finding whose suppression expired, and keeps one suppressed until then without writing it", async () => {
    await scanAt(1, [bucket("logs", "Suspended"), bucket("data", "Suspended")]);
    await testDb.db.finding.update({ where: { id: (await findingOf("logs")).id }, data: { status: "suppressed", suppressedUntil: at(3) } });
    await testDb.db.finding.update({ where: { id: (await findingOf("data")).id }, data: { status: "risk_accepted", suppressedUntil: at(9) } });
    const before = await rowVersions();
    await scanAt(2, [bucket("logs", "Suspended"), bucket("data", "Suspended")]);
    expect(await rowVersions()).toEqual(before);

    await scanAt(4, [bucket("logs", "Suspended"), bucket("data", "Suspended")]);
    const logs = await findingOf("logs");
    expect(logs).toMatchObject({ status: "open", suppressedUntil: null });
    expect(logs.events.map((event) => event.kind)).toEqual(["opened", "suppression_expired"]);
    expect(await findingOf("data")).toMatchObject({ status: "risk_accepted" });
    expect(await findingLastSeen("data")).toEqual(all(at(4)));
  });

  it("runs the check only on resources that changed, and keeps every verdict in the scores", async () => {
    await scanAt(1, [bucket("logs", "Suspended"), bucket("site", "Enabled"), bucket("data", "Suspended")]);
    evaluatedArns.length = 0;
    const rescan = await scanAt(2, [bucket("logs", "Suspended"), bucket("site", "Suspended"), bucket("data", "Suspended")]);
    expect(evaluatedArns).toEqual(["arn:aws:s3:::site"]);
    expect(rescan.openFindings).toBe(3);
    const results = await testDb.db.checkResult.findFirstOrThrow({ where: { scanId: rescan.scanId, checkId: CHECK } });
    expect(results).toMatchObject({ evaluated: 3, passed: 0, failed: 3 });
  });

  it("re-runs the check where a finding was resolved by hand while its resource still fails, and reopens it", async () => {
    await scanAt(1, [bucket("logs", "Suspended"), bucket("site", "Suspended")]);
    await testDb.db.finding.update({ where: { id: (await findingOf("logs")).id }, data: { status: "resolved" } });
    evaluatedArns.length = 0;
    await scanAt(2, [bucket("logs", "Suspended"), bucket("site", "Suspended")]);
    expect(evaluatedArns).toEqual(["arn:aws:s3:::logs"]);
    const logs = await findingOf("logs");
    expect(logs).toMatchObject({ status: "open" });
    expect(logs.events.map((event) => event.kind)).toEqual(["opened", "regressed"]);
  });

  it("evaluates everything again when the memo cannot be read", async () => {
    await scanAt(1, [bucket("logs", "Suspended"), bucket("site", "Enabled")]);
    await testDb.db.evaluationMemo.updateMany({ data: { state: new Uint8Array([1, 2, 3]) } });
    evaluatedArns.length = 0;
    const before = await rowVersions();
    await scanAt(2, [bucket("logs", "Suspended"), bucket("site", "Enabled")]);
    expect(evaluatedArns.sort()).toEqual(["arn:aws:s3:::logs", "arn:aws:s3:::site"]);
    const written = [...(await rowVersions())].filter(([key, xmin]) => before.get(key) !== xmin);
    expect(written).toEqual([]);
  });

  it("writes a new finding once even when it already exists unknown to the plan (no duplicate, no failure)", async () => {
    await scanAt(1, [bucket("logs", "Suspended")]);
    const { id: resourceId, arn } = await resourceOf("logs");
    const scan = await createScan(testDb.db, { accountId: ACCOUNT, trigger: "cli" });
    const outcome = { checkId: CHECK, resourceArn: arn, resourceType: "AWS::S3::Bucket", region: "us-east-1", service: "s3" as const,
      status: "fail" as const, severity: "medium" as const, title: "S3 bucket versioning is enabled", reason: "Versioning is Suspended" };
    const result = await applyScanEvaluation(testDb.db, {
      accountId: ACCOUNT, scanId: scan.id, now: at(2), outcomes: [outcome], resourceIds: new Map([[arn, resourceId]]), existing: [],
    });
    expect(result.opened).toBe(1);
    expect(await testDb.db.finding.count()).toBe(1);
    expect((await findingOf("logs")).events.map((event) => event.kind)).toEqual(["opened"]);
  });

  it("stores a resource collected twice in one scan once, as its last copy", async () => {
    await scanAt(1, [bucket("logs", "Suspended"), bucket("logs", "Enabled")]);
    expect(await testDb.db.resource.count()).toBe(1);
    expect(await testDb.db.resourceVersion.count()).toBe(1);
    expect((await resourceOf("logs")).configuration).toMatchObject({ Versioning: { Status: "Enabled" } });
    expect(await testDb.db.finding.count()).toBe(0);
  });
});
