/**
 * The authorisation matrix at the request gate: every route of app/ (read from the filesystem) requested
 * as anonymous, viewer, engineer, analyst and admin through the real proxy (lib/auth/create-proxy.ts)
 * against a real database, checked against the expected table below, written out by hand as the policy.
 * Plus tampered, expired and revoked sessions, forged cross-site posts, rotation and security headers.
 */
import { NextRequest, type NextResponse } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProxy } from "@/lib/auth/create-proxy";
import { createSession } from "@/lib/auth/create-session";
import { resolveSession } from "@/lib/auth/resolve-session";
import { revokeSessionByToken } from "@/lib/auth/revoke-sessions";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { listAppRoutes, samplePath } from "@/test/security/app-routes";
import { SETTINGS, seedUser, sessionFor } from "@/test/security/auth-fixtures";

type Persona = "anonymous" | "viewer" | "engineer" | "analyst" | "admin";
const PERSONAS: Persona[] = ["anonymous", "viewer", "engineer", "analyst", "admin"];
const SIGNED_IN: Persona[] = ["viewer", "engineer", "analyst", "admin"];
const ADMIN: Persona[] = ["admin"];

/** Who may open each route. A route missing here fails the suite. */
const EXPECTED: Record<string, Persona[]> = {
  "/": SIGNED_IN,
  "/findings": SIGNED_IN,
  "/findings/[id]": SIGNED_IN,
  "/my-work": SIGNED_IN,
  "/resources": SIGNED_IN,
  "/resources/[id]": SIGNED_IN,
  "/principals": SIGNED_IN,
  "/principals/[id]": SIGNED_IN,
  "/principals/[id]/suggestion": SIGNED_IN,
  "/posture": SIGNED_IN,
  "/compliance": SIGNED_IN,
  "/compliance/[framework]": SIGNED_IN,
  "/compliance/[framework]/report": SIGNED_IN,
  "/compliance/[framework]/csv": SIGNED_IN,
  "/scans": SIGNED_IN,
  "/accounts": SIGNED_IN,
  "/changes": SIGNED_IN,
  // Bearer-token API: a browser session alone never opens it (see the API-token test below).
  "/api/v1/findings": [],
  "/api/v1/resources": [],
  "/api/v1/scans": [],
  "/api/scans/[id]": SIGNED_IN,
  "/api/findings": SIGNED_IN,
  "/api/findings/[id]": SIGNED_IN,
  "/api/auth/sign-out": SIGNED_IN,
  "/settings": ADMIN,
  "/settings/integrations": ADMIN,
  "/settings/notifications": ADMIN,
  "/admin/users": ADMIN,
  "/admin/audit": ADMIN,
  "/admin/audit/export": ADMIN,
  "/api/health": PERSONAS,
  "/sign-in": PERSONAS,
  "/setup": PERSONAS,
  "/api/auth/oidc/start": PERSONAS,
  "/api/auth/oidc/callback": PERSONAS,
};

const BASE = "http://127.0.0.1:3100";
let testDb: TestDatabase;
let proxy: (request: NextRequest) => Promise<NextResponse>;
const tokens = new Map<Persona, string>();

beforeAll(async () => {
  testDb = await createTestDatabase();
  proxy = createProxy({ database: () => testDb.db, settings: () => SETTINGS });
  for (const persona of SIGNED_IN) {
    const user = await seedUser(testDb.db, persona as Exclude<Persona, "anonymous">);
    tokens.set(persona, await sessionFor(testDb.db, user.id));
  }
});
afterAll(() => testDb?.drop());

function request(path: string, options: { token?: string; method?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("cookie", `${SESSION_COOKIE}=${options.token}`);
  return new NextRequest(new URL(path, BASE), { method: options.method ?? "GET", headers });
}

const allowed = (response: NextResponse) => response.headers.get("x-middleware-next") === "1";

describe("proxy authorisation matrix", () => {
  const routes = listAppRoutes();

  it("has an expectation for every route in app/", () => {
    expect(routes.map((route) => route.pattern).filter((pattern) => !(pattern in EXPECTED))).toEqual([]);
  });

  for (const route of routes) {
    for (const persona of PERSONAS) {
      const expected = EXPECTED[route.pattern]?.includes(persona) ?? false;
      it(`${persona} ${expected ? "may" : "may not"} open ${route.pattern}`, async () => {
        const path = samplePath(route.pattern);
        const response = await proxy(request(path, { token: tokens.get(persona) }));
        expect(allowed(response)).toBe(expected);
        if (expected) return;
        if (persona === "anonymous") {
          if (path.startsWith("/api/")) expect(response.status).toBe(401);
          else {
            expect(response.status).toBe(303);
            expect(new URL(response.headers.get("location")!).pathname).toBe("/sign-in");
          }
        } else if (route.pattern.startsWith("/api/v1/")) {
          expect(response.status).toBe(401);
        } else {
          expect(response.status).toBe(403);
        }
        // A denial never carries data: only a short message.
        expect((await response.text()).length).toBeLessThan(400);
      });
    }
  }
});

describe("the bearer-token API", () => {
  it("reaches its handler only with an Authorization header, which the handler then verifies", async () => {
    expect(allowed(await proxy(request("/api/v1/findings", { headers: { authorization: "Bearer vgl_something" } })))).toBe(true);
    for (const authorization of ["", "Basic abc", "Bearer", "Bearer two words"]) {
      expect((await proxy(request("/api/v1/findings", { headers: authorization ? { authorization } : {} }))).status).toBe(401);
    }
  });
});

describe("sessions at the gate", () => {
  it("treats tampered, malformed, revoked and expired tokens as signed out and clears the cookie", async () => {
    const user = await seedUser(testDb.db, "analyst");
    const good = await sessionFor(testDb.db, user.id);
    const flipped = good.slice(0, -1) + (good.endsWith("A") ? "B" : "A");
    const revoked = await sessionFor(testDb.db, user.id);
    await revokeSessionByToken(testDb.db, revoked);
    const expired = (await createSession(testDb.db, { userId: user.id, origin: { ip: null, userAgent: null } }, SETTINGS, new Date(Date.now() - 13 * 60 * 60_000))).token;
    const idle = (await createSession(testDb.db, { userId: user.id, origin: { ip: null, userAgent: null } }, SETTINGS, new Date(Date.now() - 31 * 60_000))).token;

    for (const token of [flipped, "x", "' OR '1'='1", "a".repeat(5000), revoked, expired, idle]) {
      const response = await proxy(request("/findings", { token }));
      expect(response.status, token.slice(0, 20)).toBe(303);
      expect(response.headers.get("set-cookie")).toMatch(new RegExp(`${SESSION_COOKIE}=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)`, "i"));
      const api = await proxy(request("/api/scans/5b0e0f62-9d1d-4f55-8f57-0c6b1c2a1f11", { token }));
      expect(api.status).toBe(401);
      expect(await api.json()).toEqual({ error: "unauthenticated", message: "Sign in first." });
    }
    expect(allowed(await proxy(request("/findings", { token: good })))).toBe(true);
  });

  it("ends a disabled user's access at once", async () => {
    const user = await seedUser(testDb.db, "viewer");
    const token = await sessionFor(testDb.db, user.id);
    await testDb.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await proxy(request("/findings", { token }))).status).toBe(303);
  });

  it("rotates a session past the rotation age: new cookie, forwarded to the page, old token only for the grace period", async () => {
    const user = await seedUser(testDb.db, "viewer");
    const started = new Date(Date.now() - 20 * 60_000);
    const old = (await createSession(testDb.db, { userId: user.id, origin: { ip: null, userAgent: null } }, SETTINGS, started)).token;
    const response = await proxy(request("/findings", { token: old }));
    expect(allowed(response)).toBe(true);
    const cookie = response.cookies.get(SESSION_COOKIE);
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
    expect(cookie?.value).not.toBe(old);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(response.headers.get("x-middleware-request-cookie")).toContain(cookie!.value);

    expect(await resolveSession(testDb.db, cookie!.value, SETTINGS)).not.toBeNull();
    expect(await resolveSession(testDb.db, old, SETTINGS)).not.toBeNull(); // in-flight requests still work
    expect(await resolveSession(testDb.db, old, SETTINGS, new Date(Date.now() + SETTINGS.rotationGraceMs + 1000))).toBeNull();
  });
});

describe("cross-site requests and headers", () => {
  it("refuses state-changing requests from another origin before anything runs", async () => {
    const token = tokens.get("admin")!;
    const forged: Array<Record<string, string>> = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site", origin: "https://evil.example" }, {}];
    for (const headers of forged) {
      for (const path of ["/admin/users", "/api/auth/sign-out", "/findings", "/sign-in"]) {
        const response = await proxy(request(path, { token, method: "POST", headers }));
        expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(await response.json()).toMatchObject({ error: "forbidden" });
      }
    }
    const same = await proxy(request("/admin/users", { token, method: "POST", headers: { origin: BASE, host: "127.0.0.1:3100", "sec-fetch-site": "same-origin" } }));
    expect(allowed(same)).toBe(true);
  });

  it("sets a nonce-based CSP and the other security headers on pages and denials alike", async () => {
    for (const response of [await proxy(request("/findings", { token: tokens.get("viewer") })), await proxy(request("/findings"))]) {
      const csp = response.headers.get("content-security-policy")!;
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      if (allowed(response)) expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    }
  });

  it("marks cookies Secure behind https", async () => {
    const user = await seedUser(testDb.db, "viewer");
    const old = (await createSession(testDb.db, { userId: user.id, origin: { ip: null, userAgent: null } }, SETTINGS, new Date(Date.now() - 20 * 60_000))).token;
    const response = await proxy(request("/findings", { token: old, headers: { "x-forwarded-proto": "https" } }));
    expect(response.cookies.get(SESSION_COOKIE)?.secure).toBe(true);
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
