/**
 * The read-only REST API through its real route handlers: bearer tokens (hashed at rest, scoped to
 * actions and accounts, revocable, last use recorded) and cursor pagination that never skips or repeats.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashApiToken } from "@/lib/api-tokens/api-token-secret";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { Actor } from "@/lib/auth/permissions";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { schemaValidator } from "./json-schema";
import { ensureSampleAccount, scanSample } from "./sample-scans";

const admin: Actor = { userId: "cli:test", role: "admin", accountScope: null };
let testDb: TestDatabase;
let routes: {
  findings: (request: Request) => Promise<Response>;
  resources: (request: Request) => Promise<Response>;
  scans: (request: Request) => Promise<Response>;
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  await ensureSampleAccount(testDb.db);
  await scanSample(testDb.db);
  await scanSample(testDb.db);
  routes = {
    findings: (await import("@/app/api/v1/findings/route")).GET,
    resources: (await import("@/app/api/v1/resources/route")).GET,
    scans: (await import("@/app/api/v1/scans/route")).GET,
  };
});
afterAll(async () => testDb.drop());

const get = (route: (request: Request) => Promise<Response>, path: string, token?: string) =>
  route(new Request(`http://127.0.0.1/api/v1${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} }));

describe("API tokens", () => {
  it("are refused when missing, unknown or revoked, and stored only as a hash", async () => {
    expect((await get(routes.findings, "/findings")).status).toBe(401);
    expect((await get(routes.findings, "/findings")).headers.get("www-authenticate")).toContain("Bearer");
    expect((await get(routes.findings, "/findings", "vgl_not-a-real-token")).status).toBe(401);

    const created = await createApiToken(testDb.db, admin, { name: "SIEM", actions: ["findings:read"] });
    expect(created.token).toMatch(/^vgl_[A-Za-z0-9_-]{43}$/);
    const row = await testDb.db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.lastUsedAt).toBeNull();

    expect((await get(routes.findings, "/findings?limit=1", created.token)).status).toBe(200);
    expect((await testDb.db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
    await revokeApiToken(testDb.db, admin, created.id);
    expect((await get(routes.findings, "/findings", created.token)).status).toBe(401);
  });

  it("grant only their actions and accounts", async () => {
    const findingsOnly = await createApiToken(testDb.db, admin, { name: "f", actions: ["findings:read"] });
    expect(await (await get(routes.scans, "/scans", findingsOnly.token)).json()).toMatchObject({ error: "forbidden" });
    const elsewhere = await createApiToken(testDb.db, admin, { name: "other", actions: ["findings:read", "resources:read"], accountScope: ["999999999999"] });
    expect(await (await get(routes.findings, "/findings", elsewhere.token)).json()).toEqual({ data: [], next_cursor: null, has_more: false });
    expect(await (await get(routes.resources, "/resources?account=123456789012", elsewhere.token)).json()).toEqual({ data: [], next_cursor: null, has_more: false });
    const viewer: Actor = { userId: "v", role: "viewer", accountScope: null };
    await expect(createApiToken(testDb.db, viewer, { name: "x", actions: ["findings:read"] })).rejects.toThrow(/settings:manage/);
  });
});

describe("cursor pagination", () => {
  type Page = { data: { id: string }[]; next_cursor: string | null; has_more: boolean };
  const walk = async (token: string, start: string | null) => {
    const seen: string[] = [];
    let cursor = start;
    let pages = 0;
    for (;;) {
      const body = (await (await get(routes.findings, `/findings?limit=25${cursor ? `&cursor=${cursor}` : ""}`, token)).json()) as Page;
      seen.push(...body.data.map((finding) => finding.id));
      cursor = body.next_cursor;
      pages++;
      if (!body.has_more || pages > 100) return { seen, cursor, pages };
    }
  };

  it("walks every finding exactly once, in pages, and resumes from the last cursor with only what changed", async () => {
    const { token } = await createApiToken(testDb.db, admin, { name: "pager", actions: ["findings:read"] });
    const first = await walk(token, null);
    const total = await testDb.db.finding.count();
    expect(first.seen).toHaveLength(total);
    expect(new Set(first.seen).size).toBe(total);
    expect(first.pages).toBe(Math.ceil(total / 25));
    expect(first.cursor).not.toBeNull();

    // Nothing changed: the saved cursor yields nothing and keeps its place.
    const idle = await walk(token, first.cursor);
    expect(idle).toMatchObject({ seen: [], cursor: first.cursor });
    // A finding resolved by hand comes through once, on the next poll.
    const changed = await testDb.db.finding.findFirstOrThrow({ where: { status: "open" } });
    await testDb.db.finding.update({ where: { id: changed.id }, data: { status: "resolved", statusChangedAt: new Date(Date.now() + 1000) } });
    expect((await walk(token, first.cursor)).seen).toEqual([changed.id]);
  });

  it("serves OCSF pages, filters, and rejects bad input", async () => {
    const { token } = await createApiToken(testDb.db, admin, { name: "ocsf", actions: ["findings:read", "resources:read", "scans:read"] });
    const body = (await (await get(routes.findings, "/findings?format=ocsf&severity=critical,high&limit=500", token)).json()) as { data: { severity: string }[] };
    const validate = schemaValidator("ocsf-1.3.0-detection-finding.schema.json");
    expect(body.data.length).toBe(await testDb.db.finding.count({ where: { severity: { in: ["critical", "high"] } } }));
    for (const item of body.data) expect(validate(item)).toEqual([]);
    expect((await get(routes.findings, "/findings?cursor=garbage", token)).status).toBe(400);
    expect((await get(routes.findings, "/findings?limit=0", token)).status).toBe(400);

    const scans = (await (await get(routes.scans, "/scans?limit=1", token)).json()) as Page;
    expect(scans.has_more).toBe(true);
    const next = (await (await get(routes.scans, `/scans?limit=1&cursor=${scans.next_cursor}`, token)).json()) as Page;
    expect(next.data[0]?.id).not.toBe(scans.data[0]?.id);
    expect(next.has_more).toBe(false);
    const resources = (await (await get(routes.resources, "/resources?type=AWS::S3::Bucket", token)).json()) as { data: { arn: string }[] };
    expect(resources.data.map((resource) => resource.arn)).toContain("arn:aws:s3:::demo-logs-eu");
  });
});
