/** The scans page's histories in three queries are exactly findScans' answer for each account. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scopeOf } from "@/lib/auth/account-scope";
import { findScanHistories } from "@/lib/scans/find-scan-histories";
import { findScans } from "@/lib/scans/find-scans";
import { seedDashboard } from "@/test/dashboard/seed-dashboard";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

vi.mock("server-only", () => ({}));

let testDb: TestDatabase;
const OTHER = "210987654321";

beforeAll(async () => {
  testDb = await createTestDatabase();
  const seed = await seedDashboard(testDb.db, new Date("2026-11-23T12:00:00Z"));
  await testDb.db.account.create({ data: { id: OTHER, name: "Other" } });
  // Two scans queued at the same moment: the tie is broken by id, as findScans breaks it.
  const queuedAt = new Date("2026-11-20T00:00:00Z");
  await testDb.db.scan.createMany({
    data: [0, 1, 2].map((index) => ({ accountId: OTHER, status: "succeeded" as const, trigger: "schedule", queuedAt: index < 2 ? queuedAt : new Date("2026-11-21T00:00:00Z") })),
  });
  expect(seed.accountId).not.toBe(OTHER);
});
afterAll(async () => {
  await testDb?.drop();
});

describe("findScanHistories", () => {
  it.each([1, 2, 25])("gives each account its %i newest scans as findScans does", async (limit) => {
    for (const scope of [scopeOf({ accountScope: null }), scopeOf({ accountScope: [OTHER] })]) {
      const histories = await findScanHistories({ scope, limit, database: testDb.db });
      const accounts = await testDb.db.account.findMany({ where: scope.accountIds ? { id: { in: [...scope.accountIds] } } : {}, select: { id: true } });
      expect([...histories.keys()].sort()).toEqual(accounts.map((account) => account.id).sort());
      for (const { id } of accounts) {
        expect(histories.get(id)).toEqual(await findScans({ scope, accountId: id, limit, database: testDb.db }));
      }
    }
    const one = await findScanHistories({ scope: scopeOf({ accountScope: null }), accountId: OTHER, limit, database: testDb.db });
    expect([...one.keys()]).toEqual([OTHER]);
    const outside = await findScanHistories({ scope: scopeOf({ accountScope: [OTHER] }), accountId: "123456789012", limit, database: testDb.db });
    expect(outside.size).toBe(0);
  });
});
