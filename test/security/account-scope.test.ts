/**
 * Account scope on every read, against a real database holding two accounts (A and B). Each read function
 * of lib/ is called three times: for everyone, for a user limited to A, and for a user limited to an
 * account that does not exist. The A-scoped answer must name nothing of B, differ from everyone's answer
 * (B was there to be hidden) and from the empty answer (A's data still shows). A new find-/get-/export-
 * function that reads the database fails here until it is added to READS (or, with a reason, to EXEMPT).
 * Then the same through the route handlers: another account's finding or scan by id is a 404, not a 403.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { type AccountScope, scopeOf } from "@/lib/auth/account-scope";
import type { Actor } from "@/lib/auth/permissions";
import { findAccountChanges } from "@/lib/changes/find-account-changes";
import { findComplianceTrend } from "@/lib/compliance/find-compliance-trend";
import { findFrameworkOverview } from "@/lib/compliance/find-framework-overview";
import { getComplianceReport } from "@/lib/compliance/get-compliance-report";
import type { Database } from "@/lib/db/client";
import { findFindingsPage } from "@/lib/exports/find-findings-page";
import { findResourcesPage } from "@/lib/exports/find-resources-page";
import { findScansPage } from "@/lib/exports/find-scans-page";
import { findingsQuerySchema as apiFindingsQuery, resourcesQuerySchema as apiResourcesQuery, scansQuerySchema as apiScansQuery } from "@/lib/exports/api-queries.schemas";
import { exportFindings } from "@/lib/findings/export-findings";
import { findFindingFilterOptions } from "@/lib/findings/find-finding-filter-options";
import { findFindingGroups } from "@/lib/findings/find-finding-groups";
import { findFindings } from "@/lib/findings/find-findings";
import { findMyWork } from "@/lib/findings/find-my-work";
import { findUrgentFindings } from "@/lib/findings/find-urgent-findings";
import { parseFindingsQuery } from "@/lib/findings/findings.schemas";
import { getFinding } from "@/lib/findings/get-finding";
import { getFindingTriage } from "@/lib/findings/get-finding-triage";
import { getOpenFindingCounts } from "@/lib/findings/get-open-finding-counts";
import { getOpenFindingCountsByAccount } from "@/lib/findings/get-open-finding-counts-by-account";
import { loadFindingsRows } from "@/lib/findings/load-findings-rows";
import { updateFindingStatus } from "@/lib/findings/update-finding-status";
import { findResourceFilterOptions } from "@/lib/inventory/find-resource-filter-options";
import { findResources } from "@/lib/inventory/find-resources";
import { parseResourcesQuery } from "@/lib/inventory/find-resources-query";
import { getResource } from "@/lib/inventory/get-resource";
import { getResourceVersionPair } from "@/lib/inventory/get-resource-version-pair";
import { findLatestPosture } from "@/lib/posture/find-latest-posture";
import { findPostureHistory } from "@/lib/posture/find-posture-history";
import { findPostureTrend } from "@/lib/posture/find-posture-trend";
import { answerWhoCan } from "@/lib/principals/answer-who-can";
import { findLatestAnalyses } from "@/lib/principals/find-latest-analyses";
import { findPrincipals } from "@/lib/principals/find-principals";
import { getLatestPrincipal, getPrincipal } from "@/lib/principals/get-principal";
import { parsePrincipalsQuery } from "@/lib/principals/principals-query";
import { findLatestScans } from "@/lib/scans/find-latest-scans";
import { findScanHistories } from "@/lib/scans/find-scan-histories";
import { findScans } from "@/lib/scans/find-scans";
import { getScan } from "@/lib/scans/get-scan";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { seedUser } from "@/test/security/auth-fixtures";
import { ACCOUNT_A, ACCOUNT_B, markersOf, seedTwoAccounts, type TwoAccounts } from "@/test/security/two-accounts";

/** Who the route handlers think is signed in (the session cookie needs a Next request; the scope logic does not). */
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/app/_auth/get-actor", async () => {
  const { scopeOf: scope } = await import("@/lib/auth/account-scope");
  const current = () => {
    if (!signedIn.actor) throw new Error("no actor set");
    return signedIn.actor;
  };
  return { getActor: async () => current(), getApiActor: async () => current(), getScope: async () => scope(current()) };
});

interface Reader {
  database: Database;
  scope: AccountScope;
  /** The same reader as an Actor, for the functions that take one (principals). */
  actor: Actor;
  userId: string;
  seed: TwoAccounts;
}

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
const principalsQuery = (params: Record<string, string>) => {
  const parsed = parsePrincipalsQuery(params);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.query;
};
const collect = async <T,>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};
/** By id: A's row and B's row. */
const both = <T,>(read: (key: "A" | "B") => Promise<T>) => Promise.all([read("A"), read("B")]);

/** Every read of account data, keyed "file#function". Each entry asks what a page or command would ask. */
const READS: Record<string, (reader: Reader) => Promise<unknown>> = {
  "lib/accounts/find-accounts.ts#findAccounts": (r) => findAccounts(r.scope, r.database),
  "lib/changes/find-account-changes.ts#findAccountChanges": (r) =>
    Promise.all([ACCOUNT_A, ACCOUNT_B].map((accountId) => findAccountChanges(r.database, r.scope, { accountId }))),
  "lib/compliance/find-compliance-trend.ts#findComplianceTrend": (r) => findComplianceTrend("cis-aws-5.0", { scope: r.scope, database: r.database }),
  "lib/compliance/find-framework-overview.ts#findFrameworkOverview": (r) => findFrameworkOverview({ scope: r.scope, database: r.database }),
  "lib/compliance/get-compliance-report.ts#getComplianceReport": (r) =>
    Promise.all([
      getComplianceReport("cis-aws-5.0", { scope: r.scope, database: r.database }),
      getComplianceReport("cis-aws-5.0", { scope: r.scope, accountIds: [ACCOUNT_B], database: r.database }),
    ]),
  "lib/exports/find-findings-page.ts#findFindingsPage": (r) => findFindingsPage(r.database, apiFindingsQuery.parse({ limit: "500" }), r.scope),
  "lib/exports/find-resources-page.ts#findResourcesPage": (r) => findResourcesPage(r.database, apiResourcesQuery.parse({ limit: "500" }), r.scope),
  "lib/exports/find-scans-page.ts#findScansPage": (r) => findScansPage(r.database, apiScansQuery.parse({ limit: "500" }), r.scope),
  "lib/findings/export-findings.ts#exportFindings": (r) => collect(exportFindings(r.database, r.scope, {})),
  "lib/findings/find-finding-filter-options.ts#findFindingFilterOptions": (r) => findFindingFilterOptions(r.scope, r.database),
  "lib/findings/find-finding-groups.ts#findFindingGroups": (r) =>
    Promise.all((["check", "resource", "account"] as const).map((grouping) =>
      findFindingGroups(findingsQuery({ status: "any" }), grouping, { database: r.database, context: { scope: r.scope } }))),
  "lib/findings/find-findings.ts#findFindings": (r) =>
    Promise.all([
      findFindings(findingsQuery({ status: "any", size: "100" }), r.database, { scope: r.scope }),
      findFindings(findingsQuery({ status: "any", account: ACCOUNT_B }), r.database, { scope: r.scope }),
    ]),
  "lib/findings/find-my-work.ts#findMyWork": (r) => findMyWork(r.userId, { scope: r.scope, database: r.database }),
  "lib/findings/find-urgent-findings.ts#findUrgentFindings": (r) => findUrgentFindings({ scope: r.scope, limit: 100, database: r.database }),
  "lib/findings/get-finding-triage.ts#getFindingTriage": (r) => both((key) => getFindingTriage(r.seed.rows[key].findingId, r.scope, r.database)),
  "lib/findings/get-finding.ts#getFinding": (r) => both((key) => getFinding(r.seed.rows[key].findingId, { scope: r.scope, database: r.database })),
  "lib/findings/get-open-finding-counts.ts#getOpenFindingCounts": (r) => getOpenFindingCounts({ scope: r.scope, database: r.database }),
  "lib/findings/get-open-finding-counts-by-account.ts#getOpenFindingCountsByAccount": (r) =>
    getOpenFindingCountsByAccount({ scope: r.scope, database: r.database }),
  "lib/findings/load-findings-rows.ts#loadFindingsRows": (r) =>
    Promise.all([true, false].map((sortMatches) =>
      loadFindingsRows(r.database, findingsQuery({ status: "any", size: "100" }), { scope: r.scope }, { sortMatches }))),
  "lib/inventory/find-resource-filter-options.ts#findResourceFilterOptions": (r) => findResourceFilterOptions(r.scope, r.database),
  "lib/inventory/find-resources.ts#findResources": (r) =>
    Promise.all([findResources(resourcesQuery({}), r.scope, r.database), findResources(resourcesQuery({ account: ACCOUNT_B }), r.scope, r.database)]),
  "lib/inventory/get-resource-version-pair.ts#getResourceVersionPair": (r) =>
    both((key) => getResourceVersionPair(r.seed.rows[key].resourceId, { scope: r.scope, database: r.database })),
  "lib/inventory/get-resource.ts#getResource": (r) => both((key) => getResource(r.seed.rows[key].resourceId, { scope: r.scope, database: r.database })),
  "lib/posture/find-latest-posture.ts#findLatestPosture": (r) => findLatestPosture({ scope: r.scope, database: r.database }),
  "lib/posture/find-posture-history.ts#findPostureHistory": (r) =>
    Promise.all([ACCOUNT_A, ACCOUNT_B].map((accountId) => findPostureHistory(accountId, { scope: r.scope, database: r.database }))),
  "lib/posture/find-posture-trend.ts#findPostureTrend": (r) => findPostureTrend({ scope: r.scope, database: r.database }),
  "lib/principals/find-latest-analyses.ts#findLatestAnalyses": (r) => findLatestAnalyses(r.database, r.scope.accountIds),
  "lib/principals/find-principals.ts#findPrincipals": (r) => findPrincipals(r.database, r.actor, principalsQuery({})),
  "lib/principals/get-principal.ts#getPrincipal": (r) => both((key) => getPrincipal(r.database, r.actor, r.seed.rows[key].principalId)),
  "lib/principals/get-principal.ts#getLatestPrincipal": (r) =>
    both(async (key) => {
      const { arn } = await r.database.iamPrincipal.findUniqueOrThrow({ where: { id: r.seed.rows[key].principalId }, select: { arn: true } });
      return getLatestPrincipal(r.database, r.actor, arn);
    }),
  "lib/principals/answer-who-can.ts#answerWhoCan": (r) => answerWhoCan(r.database, r.actor, { action: "iam:PassRole", resource: "*" }),
  "lib/scans/find-latest-scans.ts#findLatestScans": (r) => findLatestScans(r.scope, r.database),
  "lib/scans/find-scans.ts#findScans": (r) => findScans({ scope: r.scope, limit: 100, database: r.database }),
  "lib/scans/find-scan-histories.ts#findScanHistories": (r) => findScanHistories({ scope: r.scope, limit: 100, database: r.database }),
  "lib/scans/get-scan.ts#getScan": (r) => both((key) => getScan(r.seed.rows[key].scanId, r.scope, r.database)),
};

/** Reads that take no scope, and why that is right. */
const EXEMPT: Record<string, string> = {
  "lib/anomalies/find-anomalies.ts#findAnomalies": "one account's signals; called by findAccountChanges (scoped) and the notification jobs (system)",
  "lib/api-tokens/find-api-tokens.ts#findApiTokens": "API tokens, not account data; settings:manage only",
  "lib/audit/export-audit-events.ts#exportAuditEvents": "the audit trail is global by design; audit:read (administrators) only",
  "lib/audit/find-audit-events.ts#findAuditEvents": "the audit trail is global by design; audit:read (administrators) only",
  "lib/audit/find-audit-events.ts#auditWhere": "the where clause of findAuditEvents",
  "lib/audit/find-audit-events.ts#toAuditRow": "pure: shapes an audit row",
  "lib/auth/find-users.ts#findUsers": "users, not account data; users:manage only",
  "lib/auth/get-setup-token.ts#getSetupToken": "a one-time link, not account data",
  "lib/changes/find-changes-since.ts#findChangesSince": "internal to findAccountChanges (scoped) and the notification jobs",
  "lib/changes/find-scan-changes.ts#findScanChanges": "internal to findAccountChanges (scoped) and the notification jobs",
  "lib/changes/find-scan-window.ts#findScanWindow": "internal to findScanChanges",
  "lib/changes/load-change-set.ts#loadChangeSet": "internal to findAccountChanges (scoped) and the notification jobs",
  "lib/findings/find-assignees.ts#findAssignees": "people who can be assigned work, not account data",
  "lib/findings/find-findings.ts#findingsWhere": "the where clause of findFindings and findFindingGroups, checked through them",
  "lib/findings/find-findings.ts#checksOf": "pure: the checks a findings query's check and framework filters allow",
  "lib/inventory/find-resources.ts#resourcesWhere": "the where clause of findResources, checked through it",
  "lib/notifications/find-notification-settings.ts#findNotificationSettings": "receivers and rules, settings:manage only",
  "lib/notifications/find-unsent-deliveries.ts#findUnsentDeliveries": "the delivery job (system)",
  "lib/principals/find-latest-analyses.ts#scopedAccounts": "pure: narrows an actor's accounts to a requested one",
  "lib/principals/find-principal-ids.ts#findPrincipalIds": "keyed by the analysis of a principal the reader already got through getPrincipal (scoped)",
  "lib/scans/find-abandoned-scans.ts#findAbandonedScans": "the scheduler job (system)",
  "lib/scans/load-live-resources.ts#loadLiveResources": "one account's inventory for the scan pipeline and who-can, after their own check",
  "lib/settings/get-severity-slas.ts#getSeveritySlas": "global settings, not account data",
  "lib/tickets/find-finding-tickets.ts#findFindingTickets": "keyed by a finding the reader already got through getFinding (scoped)",
  "lib/tickets/find-ticket-integrations.ts#findTicketIntegrations": "integrations, settings:manage only",
};

/** Every exported function of lib/ files named find-/get-/export-/load-* that import the database client. */
function listReadFunctions(root = path.resolve("lib")): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /^(find|get|export|load)-.*\.ts$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, "utf8").includes("@/lib/db/client"))
    .flatMap((file) => {
      const relative = path.relative(process.cwd(), file).split(path.sep).join("/");
      return [...readFileSync(file, "utf8").matchAll(/export\s+(?:async\s+)?function\s*\*?\s*(\w+)/g)].map((match) => `${relative}#${match[1]}`);
    })
    .sort();
}

/** JSON with Maps, BigInts and Dates made plain, so a leak anywhere in a result shows up as text. */
function text(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Map ? [...item.entries()] : typeof item === "bigint" ? item.toString() : item) ?? "undefined";
}

let testDb: TestDatabase;
let seed: TwoAccounts;
let markersB: string[];
let scopedUser: { id: string };
const readers = {} as Record<"everyone" | "onlyA" | "nobody", Reader>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  seed = await seedTwoAccounts(testDb.db);
  markersB = await markersOf(testDb.db, ACCOUNT_B);
  // One user, limited to A, with work assigned in both accounts (assigned in B before the scope was narrowed).
  scopedUser = await seedUser(testDb.db, "analyst");
  await testDb.db.user.update({ where: { id: scopedUser.id }, data: { accountScope: [ACCOUNT_A] } });
  await testDb.db.finding.updateMany({ where: { id: { in: [seed.rows.A.findingId, seed.rows.B.findingId] } }, data: { assigneeId: scopedUser.id } });
  const reader = (accountScope: string[] | null): Reader => {
    const actor: Actor = { userId: scopedUser.id, role: "analyst", accountScope };
    return { database: testDb.db, scope: scopeOf(actor), actor, userId: scopedUser.id, seed };
  };
  readers.everyone = reader(null);
  readers.onlyA = reader([ACCOUNT_A]);
  readers.nobody = reader(["999999999999"]);
}, 300_000);
afterAll(() => testDb?.drop());

describe("account scope on every read", () => {
  it("knows every read of account data (a new find-/get-/export- function must join READS or EXEMPT)", () => {
    const found = listReadFunctions();
    expect(found.length).toBeGreaterThan(30);
    expect(found.filter((key) => !(key in READS) && !(key in EXEMPT)), "add these to READS in test/security/account-scope.test.ts").toEqual([]);
    const stale = [...Object.keys(READS), ...Object.keys(EXEMPT)].filter((key) => !found.includes(key) && key !== "lib/principals/answer-who-can.ts#answerWhoCan");
    expect(stale, "these no longer exist").toEqual([]);
  });

  for (const [name, read] of Object.entries(READS)) {
    it(`${name} shows a user limited to A nothing of B, and still shows A`, async () => {
      const everyone = text(await read(readers.everyone));
      const onlyA = text(await read(readers.onlyA));
      const nobody = text(await read(readers.nobody));
      expect(markersB.some((marker) => everyone.includes(marker)) || everyone !== onlyA, "the unscoped read sees B").toBe(true);
      expect(markersB.filter((marker) => onlyA.includes(marker)), "B's rows in a read limited to A").toEqual([]);
      expect(onlyA, "limiting to A must change what everyone sees").not.toBe(everyone);
      expect(onlyA, "A's data must still show").not.toBe(nobody);
    });
  }
});

describe("aggregated figures of a scoped user", () => {
  it("count open findings over A only", async () => {
    const onlyA = await getOpenFindingCounts({ scope: readers.onlyA.scope, database: testDb.db });
    const askedForA = await getOpenFindingCounts({ scope: readers.everyone.scope, accountId: ACCOUNT_A, database: testDb.db });
    expect(onlyA).toEqual(askedForA);
    expect(onlyA.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(0);
  });

  it("compute compliance percentages over A only", async () => {
    const onlyA = await getComplianceReport("cis-aws-5.0", { scope: readers.onlyA.scope, database: testDb.db });
    const askedForA = await getComplianceReport("cis-aws-5.0", { scope: readers.everyone.scope, accountIds: [ACCOUNT_A], database: testDb.db });
    const everyone = await getComplianceReport("cis-aws-5.0", { scope: readers.everyone.scope, database: testDb.db });
    expect(onlyA?.summary.passRate).toBe(askedForA?.summary.passRate);
    expect(onlyA?.summary.totals).toEqual(askedForA?.summary.totals);
    // B fails everything, so mixing it in would lower the rate.
    expect(everyone!.summary.passRate!).toBeLessThan(onlyA!.summary.passRate!);
    expect(onlyA?.scans.map((scan) => scan.accountId)).toEqual([ACCOUNT_A]);
  });

  it("give the posture score of A only", async () => {
    const postures = await findLatestPosture({ scope: readers.onlyA.scope, database: testDb.db });
    expect(postures.map((posture) => posture.accountId)).toEqual([ACCOUNT_A]);
    expect(postures[0]?.overall?.score).toBeGreaterThan(7);
  });
});

describe("another account's rows by id answer 404, not 403", () => {
  it("GET /api/findings/[id]", async () => {
    const { GET } = await import("@/app/api/findings/[id]/route");
    signedIn.actor = readers.onlyA.actor;
    const get = (id: string) => GET(new Request(`http://127.0.0.1/api/findings/${id}`), { params: Promise.resolve({ id }) });
    expect((await get(seed.rows.A.findingId)).status).toBe(200);
    const other = await get(seed.rows.B.findingId);
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: "not_found", message: "No finding has this id." });
    expect((await get("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("GET /api/scans/[id]", async () => {
    const { GET } = await import("@/app/api/scans/[id]/route");
    signedIn.actor = readers.onlyA.actor;
    const get = (id: string) => GET(new Request(`http://127.0.0.1/api/scans/${id}`), { params: Promise.resolve({ id }) });
    expect((await get(seed.rows.A.scanId)).status).toBe(200);
    expect((await get(seed.rows.B.scanId)).status).toBe(404);
    signedIn.actor = readers.everyone.actor;
    expect((await get(seed.rows.B.scanId)).status).toBe(200);
  });

  it("GET /api/findings lists A's findings only, even when B is asked for", async () => {
    const { GET } = await import("@/app/api/findings/route");
    signedIn.actor = readers.onlyA.actor;
    const list = async (search: string) => text(await (await GET(new Request(`http://127.0.0.1/api/findings?status=any&size=100${search}`))).json());
    const all = await list("");
    expect(all).toContain(ACCOUNT_A);
    expect(markersB.filter((marker) => all.includes(marker))).toEqual([]);
    expect(await list(`&account=${ACCOUNT_B}`)).not.toContain(ACCOUNT_B);
  });

  it("a triage change to B's finding is not found, and changes nothing", async () => {
    const before = await testDb.db.finding.findUniqueOrThrow({ where: { id: seed.rows.B.findingId }, select: { status: true } });
    await expect(updateFindingStatus(testDb.db, readers.onlyA.actor, { findingIds: [seed.rows.B.findingId], status: "in_progress" }))
      .rejects.toMatchObject({ code: "not_found" });
    expect(await testDb.db.finding.findUniqueOrThrow({ where: { id: seed.rows.B.findingId }, select: { status: true } })).toEqual(before);
  });
});
