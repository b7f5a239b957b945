/**
 * finding_counts, kept by triggers on findings, always sums to a direct count of the findings: after inserts,
 * updates that move findings between groups or not, deletes, an account's deletion and TRUNCATE; while
 * writers run concurrently; and after compaction, which only makes it smaller.
 */
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { compactFindingCounts } from "@/lib/findings/compact-finding-counts";
import { storeScanResults } from "@/lib/scans/store-scan-results";
import { ACCOUNTS, seedVariedFindings } from "@/test/dashboard/seed-varied-findings";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

vi.mock("server-only", () => ({}));

let testDb: TestDatabase;

type Group = { account_id: string; check_id: string; service: string; severity: string; status: string; count: number };

/** The direct count and the summed table, each as sorted "account check service severity status=count" lines. */
async function bothCounts() {
  const line = (row: Group) => `${row.account_id} ${row.check_id} ${row.service} ${row.severity} ${row.status}=${row.count}`;
  const direct = await testDb.db.$queryRaw<Group[]>`
    SELECT account_id, check_id, service, severity::text, status::text, count(*)::int AS count FROM findings GROUP BY 1, 2, 3, 4, 5`;
  const summed = await testDb.db.$queryRaw<Group[]>`
    SELECT account_id, check_id, service, severity::text, status::text, sum(count)::int AS count FROM finding_counts
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(count) <> 0`;
  return { direct: direct.map(line).sort(), summed: summed.map(line).sort() };
}

async function expectExact() {
  const { direct, summed } = await bothCounts();
  expect(direct.length).toBeGreaterThan(0);
  expect(summed).toEqual(direct);
}

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.drop();
});
beforeEach(async () => {
  await testDb.db.$executeRawUnsafe("TRUNCATE findings, resources, accounts, users CASCADE");
  await seedVariedFindings(testDb.db);
});

describe("finding_counts", () => {
  it("matches a direct count after inserts, updates and deletes", async () => {
    await expectExact();
    // Status changes (one statement, many groups), a severity change, and an update that moves nothing.
    await testDb.db.finding.updateMany({ where: { status: "open", service: "s3" }, data: { status: "resolved" } });
    await testDb.db.finding.updateMany({ where: { checkId: "check-low" }, data: { severity: "medium" } });
    await testDb.db.finding.updateMany({ data: { lastSeenAt: new Date() } });
    await expectExact();
    await testDb.db.finding.deleteMany({ where: { status: "resolved", accountId: ACCOUNTS[0] } });
    await expectExact();
  });

  it("comes to zero for a deleted account, whose findings go by cascade", async () => {
    await testDb.db.account.delete({ where: { id: ACCOUNTS[1] } });
    await expectExact();
    const [left] = await testDb.db.$queryRaw<{ sum: number | null }[]>`
      SELECT sum(count)::int AS sum FROM finding_counts WHERE account_id = ${ACCOUNTS[1]}`;
    expect(left?.sum ?? 0).toBe(0);
  });

  it("empties with TRUNCATE", async () => {
    await testDb.db.$executeRawUnsafe("TRUNCATE findings CASCADE");
    expect(await testDb.db.findingCount.count()).toBe(0);
  });

  it("compacts to one row per group, per account or all, and still sums the same", async () => {
    await testDb.db.finding.updateMany({ where: { status: "open" }, data: { status: "in_progress" } });
    await testDb.db.finding.updateMany({ where: { status: "in_progress", severity: "low" }, data: { status: "open" } });
    const before = await testDb.db.findingCount.count();
    const removed = await compactFindingCounts(testDb.db, ACCOUNTS[0]);
    expect(removed).toBeGreaterThan(0);
    await expectExact();
    await compactFindingCounts(testDb.db);
    await expectExact();
    const { direct } = await bothCounts();
    expect(await testDb.db.findingCount.count()).toBe(direct.length);
    expect(direct.length).toBeLessThan(before);
  });

  it("is compacted for the scanned account when a scan's results are stored", async () => {
    await testDb.db.finding.updateMany({ where: { accountId: ACCOUNTS[0], status: "open" }, data: { status: "in_progress" } });
    const rowsOf = (accountId: string) => testDb.db.findingCount.count({ where: { accountId } });
    const otherBefore = await rowsOf(ACCOUNTS[1]);
    const scan = await testDb.db.scan.create({ data: { accountId: ACCOUNTS[0], status: "running", trigger: "manual" } });
    await storeScanResults(testDb.db, {
      scanId: scan.id, accountId: ACCOUNTS[0], tallies: {}, posture: [], gaps: [],
      memo: { inputsKey: "test", fullEvaluationAt: new Date(), state: new Uint8Array() },
      summary: {
        status: "succeeded", complete: true, apiCalls: 0, resourceCount: 0, resourcesAdded: 0, resourcesChanged: 0, resourcesDeleted: 0,
        findingCount: 0, findingsOpened: 0, findingsResolved: 0,
      },
    });
    const [groups] = await testDb.db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM (SELECT DISTINCT check_id, service, severity, status FROM findings WHERE account_id = ${ACCOUNTS[0]}) g`;
    expect(await rowsOf(ACCOUNTS[0])).toBe(groups!.count);
    expect(await rowsOf(ACCOUNTS[1])).toBe(otherBefore);
    await expectExact();
  });

  it("lets writers of one group run concurrently, and compaction never loses an uncommitted writer's rows", async () => {
    const [first, second] = await testDb.db.finding.findMany({
      where: { accountId: ACCOUNTS[0], status: "open", checkId: "check-critical" }, select: { id: true }, take: 2,
    });
    expect(second).toBeDefined();
    const one = new pg.Client({ connectionString: testDb.url });
    const two = new pg.Client({ connectionString: testDb.url });
    await Promise.all([one.connect(), two.connect()]);
    try {
      await one.query("BEGIN");
      await one.query(`UPDATE findings SET status = 'resolved' WHERE id = $1`, [first!.id]);
      // Same group, other row: would wait on the first transaction if the counts were updated in place.
      await two.query("SET statement_timeout = 3000");
      await two.query(`UPDATE findings SET status = 'suppressed' WHERE id = $1`, [second!.id]);
      // Compaction while the first is still open: its delta rows are invisible to it, so they must survive.
      await compactFindingCounts(testDb.db, ACCOUNTS[0]);
      await one.query("COMMIT");
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
    await expectExact();
  });
});
