/** The dashboard's read functions against a real, seeded Postgres. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { seedDashboard } from "@/test/dashboard/seed-dashboard";
import { findFindings } from "@/lib/findings/find-findings";
import { getFinding } from "@/lib/findings/get-finding";
import { getOpenFindingCounts } from "@/lib/findings/get-open-finding-counts";
import { findUrgentFindings } from "@/lib/findings/find-urgent-findings";
import { findFindingFilterOptions } from "@/lib/findings/find-finding-filter-options";
import { parseFindingsQuery, SEVERITIES } from "@/lib/findings/findings.schemas";
import { findResources } from "@/lib/inventory/find-resources";
import { getResource } from "@/lib/inventory/get-resource";
import { parseResourcesQuery } from "@/lib/inventory/find-resources-query";
import { findScans } from "@/lib/scans/find-scans";
import { getScan } from "@/lib/scans/get-scan";
import { findLatestScans } from "@/lib/scans/find-latest-scans";
import { findLatestPosture } from "@/lib/posture/find-latest-posture";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { scopeOf } from "@/lib/auth/account-scope";

/** Every account: these tests are about the queries, test/security/account-scope.test.ts about the scope. */
const ALL = scopeOf({ accountScope: null });

// vitest.config.ts resolves "react-server" for source files only; until it also sets
// ssr.resolve.conditions, the server-only marker package must be stubbed to be importable here.
vi.mock("server-only", () => ({}));

let testDb: TestDatabase;
let seed: Awaited<ReturnType<typeof seedDashboard>>;

const findingsQuery = (params: Record<string, string>) => {
  const parsed = parseFindingsQuery(params);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.query;
};
const resourcesQuery = (params: Record<string, string>) => {
  const parsed = parseResourcesQuery(params);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.query;
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  seed = await seedDashboard(testDb.db, new Date("2026-11-23T12:00:00Z"));
});

afterAll(async () => {
  await testDb?.drop();
});

describe("findFindings", () => {
  it("shows open and in-progress findings by default, most severe first", async () => {
    const page = await findFindings(findingsQuery({}), testDb.db, { scope: ALL });
    expect(page.total).toEqual({ count: 15, capped: false });
    expect(page.items.every((item) => item.status === "open" || item.status === "in_progress")).toBe(true);
    const ranks = page.items.map((item) => SEVERITIES.indexOf(item.severity));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it("filters by severity, service and free text over title and ARN", async () => {
    const critical = await findFindings(findingsQuery({ severity: "critical" }), testDb.db, { scope: ALL });
    expect(critical.items.map((item) => item.severity)).toEqual(["critical", "critical", "critical", "critical"]);
    const s3High = await findFindings(findingsQuery({ severity: "critical,high", service: "s3" }), testDb.db, { scope: ALL });
    expect(s3High.items).toHaveLength(2);
    const byArn = await findFindings(findingsQuery({ q: "CI-DEPLOYER" }), testDb.db, { scope: ALL });
    expect(byArn.items.map((item) => item.resourceArn)).toEqual([
      "arn:aws:iam::123456789012:user/ci-deployer",
      "arn:aws:iam::123456789012:user/ci-deployer",
    ]);
    const byTitle = await findFindings(findingsQuery({ q: "rotation is disabled" }), testDb.db, { scope: ALL });
    expect(byTitle.items.map((item) => item.checkId)).toEqual(["kms-key-rotation"]);
  });

  it("filters by status, with status=any lifting the filter", async () => {
    expect((await findFindings(findingsQuery({ status: "resolved" }), testDb.db, { scope: ALL })).items.map((item) => item.checkId)).toEqual(["iam-root-mfa"]);
    expect((await findFindings(findingsQuery({ status: "any" }), testDb.db, { scope: ALL })).total.count).toBe(18);
  });

  it.each(["severity", "last_seen", "first_seen"])("walks every page of sort %s without repeating or skipping a row", async (sort) => {
    const all = await findFindings(findingsQuery({ status: "any", sort, size: "100" }), testDb.db, { scope: ALL });
    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await findFindings(findingsQuery({ status: "any", sort, size: "25", ...(after ? { after } : {}) }), testDb.db, { scope: ALL });
      seen.push(...page.items.map((item) => item.id));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((item) => item.id));
    expect(new Set(seen).size).toBe(18);
  });

  it("pages through ties on the sort key by id", async () => {
    // Many findings share severity and last_seen_at in the seed: small pages must still be exact.
    await testDb.db.finding.updateMany({ data: { lastSeenAt: new Date("2026-11-23T11:00:00Z") } });
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const parsed = parseFindingsQuery({ status: "any", size: "25", ...(after ? { after } : {}) });
      if (!parsed.ok) throw new Error("bad query");
      const page = await findFindings({ ...parsed.query, size: 4 }, testDb.db, { scope: ALL });
      ids.push(...page.items.map((item) => item.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(new Set(ids).size).toBe(18);
    expect(ids).toHaveLength(18);
  });
});

describe("finding detail and overview reads", () => {
  it("returns a finding with its resource and timeline in order", async () => {
    const id = seed.findingIds.get("s3-bucket-access-logging arn:aws:s3:::acme-public-assets");
    const finding = await getFinding(id!, { scope: ALL, database: testDb.db });
    expect(finding?.resource.name).toBe("acme-public-assets");
    expect(finding?.events.map((event) => event.kind)).toEqual(["opened", "status_changed"]);
    expect(finding?.check).toBeNull();
  });

  it("adds the check catalogue's explanation when a lookup is given", async () => {
    const id = seed.findingIds.get("kms-key-rotation arn:aws:kms:eu-west-1:123456789012:key/1f0c0b6e-0000-4000-8000-000000000001");
    const finding = await getFinding(id!, {
      scope: ALL,
      database: testDb.db,
      lookupCheck: (checkId) => checkId === "kms-key-rotation"
        ? { id: checkId, title: "Rotation", severity: "medium", rationale: "Rotate keys.", remediation: { console: ["Enable rotation"], cli: "aws kms enable-key-rotation", terraform: "" }, compliance: [] }
        : undefined,
    });
    expect(finding?.check?.rationale).toBe("Rotate keys.");
  });

  it("returns null for an unknown finding", async () => {
    expect(await getFinding("00000000-0000-4000-8000-000000000000", { scope: ALL, database: testDb.db })).toBeNull();
  });

  it("counts open findings per service and severity", async () => {
    const counts = await getOpenFindingCounts({ scope: ALL, database: testDb.db });
    const total = counts.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(15);
    expect(counts.find((row) => row.service === "iam" && row.severity === "critical")?.count).toBe(1);
  });

  it("lists the newest open critical and high findings", async () => {
    const urgent = await findUrgentFindings({ scope: ALL, database: testDb.db, limit: 3 });
    // The two Lambda findings share a first-seen time (two days old); the admin user's is three days old.
    expect(new Set(urgent.slice(0, 2).map((row) => row.title))).toEqual(
      new Set(["Lambda function URL allows unauthenticated invocation", "Lambda environment variable looks like a secret"]),
    );
    expect(urgent[2]?.title).toBe("IAM user has AdministratorAccess attached directly");
    expect(urgent.every((row) => row.severity === "critical" || row.severity === "high")).toBe(true);
    expect(urgent.map((row) => row.firstSeenAt.getTime())).toEqual(urgent.map((row) => row.firstSeenAt.getTime()).sort((x, y) => y - x));
  });

  it("offers filter values from accounts, resources and check results", async () => {
    const options = await findFindingFilterOptions(ALL, testDb.db);
    expect(options.services).toEqual(["iam", "kms", "lambda", "s3"]);
    expect(options.regions).toContain("eu-west-1");
    expect(options.checks).toContain("kms-key-rotation");
    expect(options.accounts).toEqual([{ id: "123456789012", name: "Vigil sample account" }]);
  });
});

describe("inventory reads", () => {
  it("hides deleted resources unless asked", async () => {
    const live = await findResources(resourcesQuery({ type: "AWS::S3::Bucket" }), ALL, testDb.db);
    expect(live.items.map((row) => row.name)).toEqual(["acme-cloudtrail-logs", "acme-invoices-prod", "acme-public-assets"]);
    const withDeleted = await findResources(resourcesQuery({ type: "AWS::S3::Bucket", deleted: "include" }), ALL, testDb.db);
    expect(withDeleted.total).toBe(4);
    const onlyDeleted = await findResources(resourcesQuery({ deleted: "only" }), ALL, testDb.db);
    expect(onlyDeleted.items.map((row) => row.name)).toEqual(["acme-old-backups"]);
  });

  it("counts each resource's open findings and searches names and ARNs", async () => {
    const page = await findResources(resourcesQuery({ q: "public-assets" }), ALL, testDb.db);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.openFindings).toBe(2);
  });

  it("returns a resource with versions newest first and its findings", async () => {
    const id = seed.resourceIds.get("arn:aws:s3:::acme-public-assets")!;
    const resource = await getResource(id, { scope: ALL, database: testDb.db });
    expect(resource?.versionCount).toBe(2);
    expect(resource?.findingCount).toBe(3);
    const times = resource!.versions.map((version) => version.capturedAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(resource?.findings.map((finding) => finding.severity)).toEqual(["critical", "high", "low"]);
  });
});

describe("scan and posture reads", () => {
  it("lists scans newest first with their gaps", async () => {
    const scans = await findScans({ scope: ALL, accountId: seed.accountId, database: testDb.db });
    expect(scans.map((scan) => scan.status)).toEqual(["partial", "succeeded", "succeeded"]);
    expect(scans[0]?.gaps.map((gap) => gap.api)).toEqual(["ListFunctions", "GetBucketPolicy"]);
    expect(scans[1]?.gaps).toEqual([]);
  });

  it("reads one scan for polling, null when unknown", async () => {
    expect((await getScan(seed.scanIds.latest, ALL, testDb.db))?.status).toBe("partial");
    expect(await getScan("00000000-0000-4000-8000-000000000000", ALL, testDb.db)).toBeNull();
  });

  it("gives each account's latest scan and latest finished scan", async () => {
    const queued = await testDb.db.scan.create({ data: { accountId: seed.accountId, status: "queued", trigger: "manual" } });
    const [latest] = await findLatestScans(ALL, testDb.db);
    expect(latest?.latest?.id).toBe(queued.id);
    expect(latest?.finished?.id).toBe(seed.scanIds.latest);
    expect(latest?.finished?.gaps).toHaveLength(2);
    await testDb.db.scan.delete({ where: { id: queued.id } });
  });

  it("gives the posture of the newest scanned snapshot per account", async () => {
    const [posture] = await findLatestPosture({ scope: ALL, database: testDb.db });
    expect(posture?.scanId).toBe(seed.scanIds.latest);
    expect(posture?.overall?.score).toBeCloseTo(64.3);
    expect(posture?.services.map((row) => row.key)).toEqual(["iam", "kms", "lambda", "s3"]);
    expect(posture?.frameworks.map((row) => row.key)).toEqual(["cis-aws-5.0"]);
  });

  it("lists accounts with their source", async () => {
    expect((await findAccounts(ALL, testDb.db)).map((account) => account.source)).toEqual(["sample"]);
  });
});
