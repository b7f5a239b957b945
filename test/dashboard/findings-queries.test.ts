/**
 * The findings list's fast paths against the plain queries they replace, over varied data: the SQL filter and
 * the Prisma one select the same rows; counts from finding_counts equal direct counts; both row plans give
 * the same pages in the same order as Prisma's, and paging through them visits every row once; groups
 * counted from finding_counts or in SQL equal a grouping of every row.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scopeOf } from "@/lib/auth/account-scope";
import { countFindingGroups } from "@/lib/findings/count-finding-groups";
import { countFindings } from "@/lib/findings/count-findings";
import { findFindingFilterOptions } from "@/lib/findings/find-finding-filter-options";
import { findFindings, findingsWhere, type FindingsQueryContext } from "@/lib/findings/find-findings";
import { decodeFindingsCursor, findingsAfterCursor, findingsOrderBy } from "@/lib/findings/find-findings-cursor";
import { parseFindingsQuery, type FindingsQuery } from "@/lib/findings/findings.schemas";
import { findingsWhereSql } from "@/lib/findings/findings-where-sql";
import { loadFindingsRows } from "@/lib/findings/load-findings-rows";
import { summariseFindingGroups } from "@/lib/findings/summarise-finding-groups";
import { ACCOUNTS, NOW, seedVariedFindings, type VariedFindings } from "@/test/dashboard/seed-varied-findings";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

vi.mock("server-only", () => ({}));

let testDb: TestDatabase;
let seed: VariedFindings;

const query = (params: Record<string, string>): FindingsQuery => {
  const parsed = parseFindingsQuery(params);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.query;
};

const everyone = (): FindingsQueryContext => ({ scope: scopeOf({ accountScope: null }), userId: seed.userIds[0], now: NOW });
const onlyFirst = (): FindingsQueryContext => ({ scope: scopeOf({ accountScope: [ACCOUNTS[0]] }), userId: seed.userIds[0], now: NOW });

/** Filter combinations a person can make: each kind alone, several together, and some matching nothing. */
const QUERIES: Record<string, string>[] = [
  {},
  { status: "any" },
  { status: "resolved,suppressed" },
  { severity: "critical,high" },
  { severity: "medium", status: "any" },
  { service: "s3" },
  { service: "iam,kms", severity: "high" },
  { account: ACCOUNTS[1] },
  { account: ACCOUNTS[1], service: "lambda", status: "any" },
  { check: "check-high-a,check-low" },
  { framework: "cis-aws-7.0", status: "any" },
  { region: "eu-west-1" },
  { region: "global,us-east-1", severity: "critical" },
  { assignee: "me" },
  { assignee: "none", status: "any" },
  { first_seen: "7d", status: "any" },
  { q: "r-1" },
  { q: "R-2_X", status: "any" },
  { check: "no-such-check" },
];

beforeAll(async () => {
  testDb = await createTestDatabase();
  seed = await seedVariedFindings(testDb.db);
});
afterAll(async () => {
  await testDb?.drop();
});

/** Every matching row in list order, through Prisma: the reference. */
async function referenceIds(findings: FindingsQuery, context: FindingsQueryContext) {
  const rows = await testDb.db.finding.findMany({ where: findingsWhere(findings, context), orderBy: findingsOrderBy(findings.sort), select: { id: true } });
  return rows.map((row) => row.id);
}

describe.each([["every account", everyone], ["one account", onlyFirst]])("for a reader of %s", (_name, context) => {
  it.each(QUERIES.map((params) => [JSON.stringify(params), params] as const))("filters and counts %s as Prisma does", async (_label, params) => {
    const findings = query(params);
    const reference = await referenceIds(findings, context());
    const bySql = await testDb.db.$queryRaw<{ id: string }[]>`SELECT f.id FROM findings f WHERE ${findingsWhereSql(findings, context())}`;
    expect(bySql.map((row) => row.id).sort()).toEqual([...reference].sort());
    const counted = await countFindings(testDb.db, findings, context());
    expect(counted).toMatchObject({ count: reference.length, capped: false });
  });

  it.each(QUERIES.map((params) => [JSON.stringify(params), params] as const))("reads the rows of %s in Prisma's order with either plan", async (_label, params) => {
    for (const sort of ["severity", "last_seen", "first_seen"]) {
      const findings = { ...query({ ...params, sort }), size: 25 };
      const reference = (await referenceIds(findings, context())).slice(0, 26);
      const { severities } = await countFindings(testDb.db, findings, context());
      for (const sortMatches of [true, false]) {
        const rows = await loadFindingsRows(testDb.db, findings, context(), { sortMatches, ...(severities ? { severities } : {}) });
        expect(rows.map((row) => row.id), `${sort}, sortMatches ${sortMatches}`).toEqual(reference);
      }
    }
  });
});

describe("paging", () => {
  it.each(["severity", "last_seen", "first_seen"])("visits every row once, in order, sorted by %s", async (sort) => {
    const context = everyone();
    const reference = await referenceIds(query({ status: "any", sort }), context);
    expect(reference.length).toBeGreaterThan(150);
    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const page = await findFindings(query({ status: "any", sort, size: "25", ...(after ? { after } : {}) }), testDb.db, context);
      seen.push(...page.items.map((item) => item.id));
      expect(page.total).toEqual({ count: reference.length, capped: false });
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(seen).toEqual(reference);
  });

  it("continues from a cursor exactly as the Prisma cursor condition does", async () => {
    const context = everyone();
    const first = await findFindings(query({ status: "any", sort: "last_seen", size: "25" }), testDb.db, context);
    const cursor = decodeFindingsCursor(first.nextCursor!, "last_seen")!;
    const findings = query({ status: "any", sort: "last_seen" });
    const reference = await testDb.db.finding.findMany({
      where: { AND: [findingsWhere(findings, context), findingsAfterCursor(cursor, "last_seen")] },
      orderBy: findingsOrderBy("last_seen"), select: { id: true }, take: 51,
    });
    const rows = await loadFindingsRows(testDb.db, { ...findings, after: first.nextCursor! }, context, { sortMatches: false });
    expect(rows.map((row) => row.id)).toEqual(reference.map((row) => row.id));
  });
});

describe("groups", () => {
  it.each<Record<string, string>>([{}, { status: "any" }, { severity: "high", account: ACCOUNTS[1] }, { region: "eu-west-1" }, { q: "r-1" }])(
    "counts per check, account and resource as a grouping of every row would, for %j",
    async (params) => {
      const context = everyone();
      const findings = query(params);
      const rows = await testDb.db.finding.findMany({ where: findingsWhere(findings, context), select: { checkId: true, accountId: true, resourceId: true, severity: true } });
      for (const [grouping, field] of [["check", "checkId"], ["account", "accountId"], ["resource", "resourceId"]] as const) {
        const perKey = new Map<string, number>();
        for (const row of rows) perKey.set(`${row[field]} ${row.severity}`, (perKey.get(`${row[field]} ${row.severity}`) ?? 0) + 1);
        const expected = summariseFindingGroups([...perKey].map(([key, count]) => ({ key: key.split(" ")[0]!, severity: key.split(" ")[1] as never, count })), 5);
        const counted = summariseFindingGroups(await countFindingGroups(testDb.db, findings, grouping, context, 5), 5);
        expect(counted, grouping).toEqual(expected);
      }
    },
  );
});

describe("filter options", () => {
  it("offers the live resources' regions and the findings' services and checks, within the reader's accounts", async () => {
    for (const context of [everyone(), onlyFirst()]) {
      const accounts = context.scope.accountIds ? [...context.scope.accountIds] : [...ACCOUNTS];
      const options = await findFindingFilterOptions(context.scope, testDb.db);
      const resources = await testDb.db.resource.findMany({ where: { accountId: { in: accounts }, deletedAt: null }, select: { region: true } });
      const findings = await testDb.db.finding.findMany({ where: { accountId: { in: accounts } }, select: { service: true, checkId: true } });
      expect(options.regions).toEqual([...new Set(resources.map((row) => row.region))].sort());
      expect(options.services).toEqual([...new Set(findings.map((row) => row.service))].sort());
      expect(options.checks).toEqual([...new Set(findings.map((row) => row.checkId))].sort());
      expect(options.accounts.map((account) => account.id)).toEqual(accounts);
    }
  });
});
