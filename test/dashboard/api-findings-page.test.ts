/**
 * GET /api/v1/findings reads its pages from two partial indexes, one per half of the findings (those whose
 * modification time is last_seen_at, and those whose is status_changed_at), merged: every page must be exactly
 * what ordering all findings by GREATEST(last_seen_at, status_changed_at), id gives, with any filter.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scopeOf } from "@/lib/auth/account-scope";
import { findingsQuerySchema } from "@/lib/exports/api-queries.schemas";
import { findFindingsPage } from "@/lib/exports/find-findings-page";
import { ACCOUNTS, NOW, seedVariedFindings } from "@/test/dashboard/seed-varied-findings";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

vi.mock("server-only", () => ({}));

let testDb: TestDatabase;
const everyone = scopeOf({ accountScope: null });

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedVariedFindings(testDb.db);
});
afterAll(async () => {
  await testDb?.drop();
});

describe("findFindingsPage", () => {
  it.each<Record<string, string>>([
    {},
    { severity: "critical,high" },
    { status: "resolved" },
    { account: ACCOUNTS[1], service: "s3" },
    { updated_since: new Date(NOW.getTime() - 2 * 3_600_000).toISOString() },
  ])("pages through %j in modification order, every finding once", async (filters) => {
    const all = await testDb.db.finding.findMany({
      select: { id: true, severity: true, status: true, accountId: true, service: true, lastSeenAt: true, statusChangedAt: true },
    });
    expect(all.filter((row) => row.statusChangedAt > row.lastSeenAt).length).toBeGreaterThan(10); // both halves are exercised
    const modified = (row: (typeof all)[number]) => Math.max(row.lastSeenAt.getTime(), row.statusChangedAt.getTime());
    const expected = all
      .filter((row) => !filters.severity || filters.severity.split(",").includes(row.severity))
      .filter((row) => !filters.status || row.status === filters.status)
      .filter((row) => (!filters.account || row.accountId === filters.account) && (!filters.service || row.service === filters.service))
      .filter((row) => !filters.updated_since || modified(row) >= Date.parse(filters.updated_since))
      .sort((a, b) => modified(a) - modified(b) || (a.id < b.id ? -1 : 1))
      .map((row) => row.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const page = await findFindingsPage(testDb.db, findingsQuerySchema.parse({ ...filters, limit: "17", ...(cursor ? { cursor } : {}) }), everyone);
      seen.push(...page.items.map((item) => item.id));
      if (!page.hasMore) break;
      cursor = page.nextCursor ?? undefined;
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(expected);
  });
});
