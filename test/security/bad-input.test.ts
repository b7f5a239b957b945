/**
 * Hostile and malformed input at every filter and free-text field of the pages and of /api/v1, against a
 * real database with a scanned account: each broken value is refused with a 4xx (or, on a page, a message
 * naming the filter) that does not echo it back; free text that is allowed runs as data, never as SQL or
 * LIKE wildcards; and when everything has been thrown, no row changed and no account data leaked.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { parseAuditQuery } from "@/lib/audit/audit.schemas";
import { scopeOf } from "@/lib/auth/account-scope";
import type { Actor } from "@/lib/auth/permissions";
import { parseChangesQuery } from "@/lib/changes/changes-query";
import { parseComplianceScope } from "@/lib/compliance/compliance-scope";
import { findFindings } from "@/lib/findings/find-findings";
import { suppressFindings } from "@/lib/findings/suppress-findings";
import { updateFindingStatus } from "@/lib/findings/update-finding-status";
import { parseFindingsQuery } from "@/lib/findings/findings.schemas";
import { findResources } from "@/lib/inventory/find-resources";
import { parseResourcesQuery } from "@/lib/inventory/find-resources-query";
import { findPrincipals } from "@/lib/principals/find-principals";
import { parsePrincipalsQuery } from "@/lib/principals/principals-query";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { ensureSampleAccount, scanSample } from "@/test/monitoring/sample-scans";

const signedIn = vi.hoisted(() => ({ actor: { userId: "00000000-0000-4000-8000-00000000000a", role: "admin", accountScope: null, label: "admin@example.com" } as Actor }));
// Route handlers call notFound(); outside Next it is the error Next throws for a 404.
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;404"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  },
  redirect: (url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT;${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));
vi.mock("@/lib/auth/require-actor", () => ({
  getSignedIn: async () => ({ actor: signedIn.actor, user: null }),
  requireSignedIn: async () => ({ actor: signedIn.actor, user: null }),
  requireActor: async () => signedIn.actor,
  requireApiActor: async () => signedIn.actor,
}));

/** What an attacker or a broken link puts in a query string. */
const HOSTILE = [
  "' OR '1'='1' --",
  "1; DROP TABLE findings",
  "<script>alert(1)</script>",
  "../../../../etc/passwd",
  "%00\u0000nul",
  "\u202egnp.exe",
  '{"$ne":null}',
  "__proto__",
  "-1",
  "1e309",
  "x".repeat(5_000),
];
const MARKERS = ["<script>", "DROP TABLE", "etc/passwd", "\u0000", "\u202e", "x".repeat(300)];
/** A refusal never echoes what it refused (a reflected-XSS or log-injection vector) and stays short. */
const assertNoEcho = (text: string) => {
  for (const marker of MARKERS) expect(text, `echoed ${JSON.stringify(marker.slice(0, 12))}`).not.toContain(marker);
  expect(text.length).toBeLessThan(2_000);
};

/** Every page filter that is not free text, with its parser; each hostile value must be refused by name. */
const PAGE_FILTERS: Array<{ page: string; parse: (params: Record<string, string | string[]>) => { ok: boolean; problems?: string[] }; fields: string[] }> = [
  { page: "/findings", parse: parseFindingsQuery, fields: ["severity", "status", "service", "account", "region", "check", "framework", "resource", "assignee", "first_seen", "group", "sort", "size", "after"] },
  { page: "/resources", parse: parseResourcesQuery, fields: ["service", "type", "region", "account", "deleted", "after"] },
  { page: "/principals", parse: parsePrincipalsQuery, fields: ["account", "kind", "risk", "page"] },
  { page: "/compliance", parse: parseComplianceScope, fields: ["account"] },
  { page: "/changes", parse: parseChangesQuery, fields: ["since", "scan", "account"] },
  { page: "/admin/audit", parse: parseAuditQuery, fields: ["action", "outcome", "since", "before", "format"] },
];

/** A value some filters rightly accept (a service "-1" is just a service nobody has): the refusal set per field. */
const ACCEPTABLE: Record<string, (value: string) => boolean> = {
  // Token-shaped filters: letters, digits and . _ : - / are valid characters; such a value simply matches nothing.
  service: (value) => /^[A-Za-z0-9._:\-/]{1,128}$/.test(value),
  region: (value) => /^[A-Za-z0-9._:\-/]{1,128}$/.test(value),
  check: (value) => /^[A-Za-z0-9._:\-/]{1,128}$/.test(value),
  framework: (value) => /^[A-Za-z0-9._:\-/]{1,128}$/.test(value),
  // An action-shaped name ("__proto__") is a valid filter that matches no audit event.
  action: (value) => /^[a-z_.]{1,64}$/.test(value),
};

let testDb: TestDatabase;
let token: string;
let fingerprint: () => Promise<string>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  await ensureSampleAccount(testDb.db);
  await scanSample(testDb.db);
  token = (await createApiToken(testDb.db, signedIn.actor, { name: "bad-input", actions: ["findings:read", "resources:read", "scans:read"] })).token;
  // Everything a hostile request could change: findings' triage state, users, tokens, resources, scans.
  fingerprint = async () => {
    const [findings, users, tokens, resources, scans] = await Promise.all([
      testDb.db.finding.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, assigneeId: true, dueAt: true, suppressedUntil: true } }),
      testDb.db.user.findMany({ orderBy: { id: "asc" } }),
      testDb.db.apiToken.findMany({ orderBy: { id: "asc" }, select: { id: true, revokedAt: true, actions: true } }),
      testDb.db.resource.count(),
      testDb.db.scan.count(),
    ]);
    return createHash("sha256").update(JSON.stringify({ findings, users, tokens, resources, scans })).digest("hex");
  };
}, 120_000);
afterAll(() => testDb?.drop());

describe("page filters", () => {
  for (const { page, parse, fields } of PAGE_FILTERS) {
    for (const field of fields) {
      it(`${page}?${field}= refuses hostile values by name, without echoing them`, () => {
        for (const value of HOSTILE) {
          if (ACCEPTABLE[field]?.(value)) continue;
          const result = parse({ [field]: value });
          expect(result.ok, `${field}=${JSON.stringify(value.slice(0, 30))}`).toBe(false);
          expect(result.problems?.some((problem) => problem.startsWith(`${field}:`) || problem.includes(field)), JSON.stringify(result.problems)).toBe(true);
          assertNoEcho((result.problems ?? []).join("\n"));
        }
      });
    }
  }

  it("refuses a filter repeated a thousand times and one with a thousand values", () => {
    const many = Array.from({ length: 1_000 }, (_, index) => `us-east-${index}`);
    expect(parseFindingsQuery({ region: many }).ok).toBe(false);
    expect(parseFindingsQuery({ region: many.join(",") }).ok).toBe(false);
    expect(parseComplianceScope({ account: Array.from({ length: 1_000 }, () => "123456789012") }).ok).toBe(false);
  });

  it("limits free text to 200 characters on every page that has it", () => {
    const long = "a".repeat(201);
    expect(parseFindingsQuery({ q: long }).ok).toBe(false);
    expect(parseResourcesQuery({ q: long }).ok).toBe(false);
    expect(parsePrincipalsQuery({ q: long }).ok).toBe(false);
    expect(parseAuditQuery({ actor: "a".repeat(321) }).ok).toBe(false);
  });
});

describe("free text runs as data", () => {
  const scope = scopeOf({ accountScope: null });
  // "-1" is a fair search (it is in every us-east-1 ARN); the rest must match nothing.
  const texts = HOSTILE.filter((value) => value.length <= 200 && value !== "-1").concat(["%", "_%_%_%_%_", "\\", "%%' OR ''='", "tab\there"]);
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e]/;

  it("finds nothing for hostile search text on findings, resources and principals (no SQL, no LIKE wildcards)", async () => {
    const all = await findFindings(parseOk(parseFindingsQuery({ status: "any" })), testDb.db, { scope });
    expect(all.total.count).toBeGreaterThan(10);
    for (const q of texts) {
      const parsed = [parseFindingsQuery({ status: "any", q }), parseResourcesQuery({ q }), parsePrincipalsQuery({ q })] as const;
      if (control.test(q)) {
        // PostgreSQL cannot compare NUL, and control characters have no place in a search: a named refusal, not a 500.
        for (const result of parsed) expect(result.ok ? [] : result.problems, JSON.stringify(q)).toEqual(["q: search text must not contain control characters"]);
        continue;
      }
      const findings = await findFindings(parseOk(parsed[0]), testDb.db, { scope });
      expect(findings.total.count, `findings q=${JSON.stringify(q)}`).toBe(0);
      const resources = await findResources(parseOk(parsed[1]), scope, testDb.db);
      expect(resources.total, `resources q=${JSON.stringify(q)}`).toBe(0);
      const principals = await findPrincipals(testDb.db, signedIn.actor, parseOk(parsed[2]));
      expect(principals.total, `principals q=${JSON.stringify(q)}`).toBe(0);
    }
  });

  it("refuses a hand-made resources cursor that smuggles a NUL into the name comparison", () => {
    const cursor = Buffer.from(JSON.stringify({ t: "AWS::S3::Bucket", n: "a\u0000b", i: "5b0e0f62-9d1d-4f55-8f57-0c6b1c2a1f11" })).toString("base64url");
    expect(parseResourcesQuery({ after: cursor })).toEqual({ ok: false, problems: ["after: the page cursor is malformed; go back to the first page"] });
  });

  it("refuses a triage comment or justification with control characters, and changes nothing", async () => {
    const finding = await testDb.db.finding.findFirstOrThrow({ where: { status: "open" }, orderBy: { id: "asc" } });
    await expect(updateFindingStatus(testDb.db, signedIn.actor, { findingIds: [finding.id], status: "in_progress", comment: "ok\u0000then" }))
      .rejects.toThrow(/control characters/);
    await expect(suppressFindings(testDb.db, signedIn.actor, { findingIds: [finding.id], kind: "suppressed", reason: "a long enough reason\u0000", until: new Date(Date.now() + 86_400_000) }))
      .rejects.toThrow(/control characters/);
    expect((await testDb.db.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("open");
    expect(await testDb.db.findingEvent.count({ where: { findingId: finding.id, kind: { not: "opened" } } })).toBe(0);
  });
});

describe("route handlers", () => {
  const call = async (load: () => Promise<{ GET: (request: never, context: never) => Promise<Response> }>, url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) => {
    const { GET } = await load();
    return GET(new Request(`http://127.0.0.1${url}`, { headers }) as never, { params: Promise.resolve(params) } as never);
  };
  const findingsList = () => import("@/app/api/findings/route");
  const findingById = () => import("@/app/api/findings/[id]/route");
  const scanById = () => import("@/app/api/scans/[id]/route");
  const complianceCsv = () => import("@/app/compliance/[framework]/csv/route");
  const suggestion = () => import("@/app/principals/[id]/suggestion/route");
  const auditExport = () => import("@/app/admin/audit/export/route");
  const api = { findings: () => import("@/app/api/v1/findings/route"), resources: () => import("@/app/api/v1/resources/route"), scans: () => import("@/app/api/v1/scans/route") };
  const bearer = () => ({ authorization: `Bearer ${token}` });

  const expect400 = async (response: Response, what: string) => {
    expect(response.status, what).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text), what).toMatchObject({ error: expect.stringMatching(/invalid/), message: expect.any(String) });
    assertNoEcho(text);
  };

  it("GET /api/findings answers 400 for each broken filter", async () => {
    for (const field of ["severity", "status", "account", "resource", "assignee", "first_seen", "sort", "size", "after"]) {
      for (const value of HOSTILE) await expect400(await call(findingsList, `/api/findings?${field}=${encodeURIComponent(value)}`), `${field}=${value.slice(0, 20)}`);
    }
  });

  it("GET /api/findings/[id] and /api/scans/[id] answer 400 for an id that is not one", async () => {
    for (const id of HOSTILE) {
      await expect400(await call(findingById, `/api/findings/x`, { id }), `finding ${id.slice(0, 20)}`);
      await expect400(await call(scanById, `/api/scans/x`, { id }), `scan ${id.slice(0, 20)}`);
    }
  });

  it("/api/v1 answers 400 for broken filters, limits, cursors and unknown parameters", async () => {
    const cases: Array<[keyof typeof api, string]> = [
      ["findings", "severity"], ["findings", "status"], ["findings", "account"], ["findings", "service"], ["findings", "updated_since"],
      ["findings", "format"], ["findings", "limit"], ["findings", "cursor"], ["findings", "severty"],
      ["resources", "account"], ["resources", "service"], ["resources", "include_deleted"], ["resources", "limit"], ["resources", "cursor"], ["resources", "q"],
      ["scans", "account"], ["scans", "status"], ["scans", "limit"], ["scans", "cursor"], ["scans", "since"],
    ];
    for (const [endpoint, field] of cases) {
      for (const value of HOSTILE) {
        await expect400(await call(api[endpoint], `/api/v1/${endpoint}?${field}=${encodeURIComponent(value)}`, {}, bearer()), `${endpoint} ${field}=${value.slice(0, 20)}`);
      }
    }
    // Free-text list filters (check ids, resource types) take any printable text as data, and refuse control characters.
    for (const [endpoint, field] of [["findings", "check"], ["resources", "type"]] as const) {
      for (const value of HOSTILE.filter((text) => text.length <= 100)) {
        const response = await call(api[endpoint], `/api/v1/${endpoint}?${field}=${encodeURIComponent(value)}`, {}, bearer());
        if (/[\u0000-\u001f\u202e]/.test(value)) await expect400(response, `${endpoint} ${field} control`);
        else expect(await response.json(), `${endpoint} ${field}=${value.slice(0, 20)}`).toMatchObject({ data: [] });
      }
    }
    // Valid but refused: more values than a list takes, and a limit past the maximum.
    await expect400(await call(api.findings, `/api/v1/findings?check=${Array.from({ length: 101 }, (_, i) => `c${i}`).join(",")}`, {}, bearer()), "101 checks");
    await expect400(await call(api.findings, "/api/v1/findings?limit=501", {}, bearer()), "limit 501");
  });

  it("the compliance CSV, a suggestion download and the audit export refuse broken parameters", async () => {
    for (const value of HOSTILE) {
      await expect400(await call(complianceCsv, `/compliance/cis-aws-5.0/csv?account=${encodeURIComponent(value)}`, { framework: "cis-aws-5.0" }), `csv account ${value.slice(0, 20)}`);
      await expect400(await call(suggestion, `/principals/x/suggestion?format=${encodeURIComponent(value)}`, { id: "5b0e0f62-9d1d-4f55-8f57-0c6b1c2a1f11" }), `format ${value.slice(0, 20)}`);
      await expect400(await call(auditExport, `/admin/audit/export?since=${encodeURIComponent(value)}`), `audit since ${value.slice(0, 20)}`);
    }
    await expect400(await call(auditExport, "/admin/audit/export?format=xlsx"), "audit format");
  });

  it("answers an unknown framework or principal with 404, not an error page", async () => {
    await expect(call(complianceCsv, "/compliance/x/csv", { framework: "../../etc/passwd" })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    const missing = await call(suggestion, "/principals/x/suggestion", { id: "' OR 1=1 --" });
    expect(missing.status).toBe(404);
    assertNoEcho(await missing.text());
  });

  it("changed nothing while all of the above ran", async () => {
    const before = await fingerprint();
    for (const value of HOSTILE) {
      await call(findingsList, `/api/findings?q=${encodeURIComponent(value.slice(0, 200))}`);
      await call(api.findings, `/api/v1/findings?check=${encodeURIComponent(value.slice(0, 200))}`, {}, bearer());
    }
    expect(await fingerprint()).toBe(before);
  });
});

function parseOk<T>(result: { ok: true; query: T } | { ok: false; problems: string[] }): T {
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.query;
}
