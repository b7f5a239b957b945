/**
 * OpenID Connect single sign-on end to end against a local provider (test/security/mock-oidc-provider.ts):
 * the real openid-client flow (discovery, PKCE, state, nonce, code exchange, ID-token validation) through
 * lib/auth/oidc, with the provider honest (a user is created, or a local user linked, with the configured
 * role; a session works) and then wrong in every way that matters: state, nonce and PKCE mismatches, a
 * token for another issuer or audience, an expired token, no attempt cookie. Each attempt is audited.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { completeOidcSignIn, type OidcCallbackResult } from "@/lib/auth/oidc/complete-oidc-sign-in";
import { type OidcAttempt, startOidcSignIn } from "@/lib/auth/oidc/oidc-client";
import type { OidcSettings } from "@/lib/auth/oidc/oidc-settings";
import { resolveSession } from "@/lib/auth/resolve-session";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { SETTINGS, seedUser } from "@/test/security/auth-fixtures";
import { type MockOidcProvider, startMockOidcProvider } from "@/test/security/mock-oidc-provider";

const REDIRECT_URI = "http://127.0.0.1:3100/api/auth/oidc/callback";
const ORIGIN = { ip: "192.0.2.10", userAgent: "vitest-oidc" };
let testDb: TestDatabase;
let provider: MockOidcProvider;
let settings: OidcSettings;

beforeAll(async () => {
  testDb = await createTestDatabase();
  provider = await startMockOidcProvider();
  settings = {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    name: "Test IdP",
    allowedDomains: ["example.com"],
    roleClaim: "groups",
    roleMap: [{ value: "secops", role: "analyst" }],
    defaultRole: "viewer",
  };
});
afterAll(async () => {
  await provider?.close();
  await testDb?.drop();
});
beforeEach(() => {
  provider.tamper = {};
  provider.refusals = [];
});

/** One sign-in as a browser would make it: start, follow the provider's redirect, come back to the callback. */
async function signIn(options: { callback?: (url: URL) => void; attempt?: (attempt: OidcAttempt) => OidcAttempt; noCookie?: boolean } = {}): Promise<OidcCallbackResult> {
  const { url, attempt } = await startOidcSignIn(settings, REDIRECT_URI, "/findings?severity=critical");
  expect(url.origin).toBe(provider.issuer);
  expect(url.searchParams.get("code_challenge_method")).toBe("S256");
  const authorize = await fetch(url, { redirect: "manual" });
  expect(authorize.status).toBe(302);
  const callbackUrl = new URL(authorize.headers.get("location")!);
  options.callback?.(callbackUrl);
  const sent = options.attempt ? options.attempt(attempt) : attempt;
  const attemptCookie = options.noCookie ? undefined : Buffer.from(JSON.stringify(sent)).toString("base64url");
  return completeOidcSignIn(testDb.db, settings, { callbackUrl, attemptCookie }, ORIGIN, SETTINGS);
}

/** The newest OIDC sign-in audit entry. */
async function lastSignInAudit() {
  const rows = await testDb.db.auditEvent.findMany({ where: { action: "auth.sign_in" }, orderBy: { id: "desc" }, take: 1 });
  return rows[0];
}

describe("OIDC sign-in with an honest provider", () => {
  it("creates the user with the configured default role, starts a working session and audits both", async () => {
    provider.user = { sub: "new-person", email: "New.Person@Example.com", email_verified: true, name: "New Person", groups: ["marketing"] };
    const result = await signIn();
    expect(result).toMatchObject({ ok: true, next: "/findings?severity=critical" });
    if (!result.ok) return;
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email: "new.person@example.com" } });
    expect(user).toMatchObject({ role: "viewer", oidcSubject: `${provider.issuer} new-person`, passwordHash: null });
    expect((await resolveSession(testDb.db, result.session.token, SETTINGS))?.actor).toMatchObject({ userId: user.id, role: "viewer" });
    const events = await testDb.db.auditEvent.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.outcome])).toEqual([["user.created", "success"], ["auth.sign_in", "success"]]);
    expect(events[0]?.details).toMatchObject({ via: "oidc" });
    expect(events[1]).toMatchObject({ ip: ORIGIN.ip, details: { method: "oidc" } });
  });

  it("links an existing local user by e-mail the first time, then finds them by subject", async () => {
    const local = await seedUser(testDb.db, "engineer", "linked@example.com");
    provider.user = { sub: "linked-1", email: "linked@example.com", email_verified: true, name: "Linked", groups: ["secops"] };
    const first = await signIn();
    expect(first.ok).toBe(true);
    const linked = await testDb.db.user.findUniqueOrThrow({ where: { id: local.id } });
    expect(linked).toMatchObject({ oidcSubject: `${provider.issuer} linked-1`, role: "analyst" });
    const change = await testDb.db.auditEvent.findFirstOrThrow({ where: { targetId: local.id, action: "user.role_changed" } });
    expect(change.changes).toEqual({ role: { from: "engineer", to: "analyst" } });
    // The provider's e-mail changes; the subject still finds the same person, and no second user appears.
    provider.user = { ...provider.user, email: "renamed@example.com" };
    expect((await signIn()).ok).toBe(true);
    expect(await testDb.db.user.count({ where: { oidcSubject: `${provider.issuer} linked-1` } })).toBe(1);
  });

  it("refuses a valid identity the policy does not admit (no role), and audits it", async () => {
    const strict = settings;
    settings = { ...settings, defaultRole: null };
    try {
      provider.user = { sub: "no-role", email: "norole@example.com", email_verified: true, groups: ["marketing"] };
      expect(await signIn()).toEqual({ ok: false, error: "sso_denied" });
      expect(await testDb.db.user.count({ where: { email: "norole@example.com" } })).toBe(0);
      expect(await lastSignInAudit()).toMatchObject({ outcome: "failure", details: { method: "oidc", reason: "no_role" } });
    } finally {
      settings = strict;
    }
  });
});

describe("OIDC sign-in refuses a callback that does not validate", () => {
  const cases: Array<{ name: string; reason: RegExp; setup?: () => void; options?: Parameters<typeof signIn>[0] }> = [
    { name: "a state that is not the one sent", reason: /^invalid_response/, options: { callback: (url) => url.searchParams.set("state", "x".repeat(43)) } },
    { name: "a nonce that is not the one sent", reason: /^jwt_claim_comparison_failed:nonce/, options: { attempt: (attempt) => ({ ...attempt, nonce: "n".repeat(43) }) } },
    { name: "a PKCE verifier that does not match the challenge", reason: /^response_body_error:invalid_grant/, options: { attempt: (attempt) => ({ ...attempt, verifier: "v".repeat(43) }) } },
    { name: "an ID token from another issuer", reason: /^jwt_claim_comparison_failed:iss/, setup: () => void (provider.tamper = { iss: "https://evil.example" }) },
    { name: "an ID token for another audience", reason: /^jwt_claim_comparison_failed:aud/, setup: () => void (provider.tamper = { aud: "some-other-client" }) },
    {
      name: "an expired ID token",
      reason: /^jwt_timestamp_check_failed:exp/,
      setup: () => void (provider.tamper = { iat: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 1800 }),
    },
    { name: "no attempt cookie (a callback nobody started here)", reason: /^attempt_missing$/, options: { noCookie: true } },
  ];

  for (const { name, reason, setup, options } of cases) {
    it(`refuses ${name}: no session, no user, an audit entry`, async () => {
      const email = `victim-${Math.random().toString(36).slice(2, 8)}@example.com`;
      provider.user = { sub: email, email, email_verified: true, name: "Victim" };
      setup?.();
      const sessionsBefore = await testDb.db.session.count();
      expect(await signIn(options)).toEqual({ ok: false, error: "sso_failed" });
      expect(await testDb.db.session.count()).toBe(sessionsBefore);
      expect(await testDb.db.user.count({ where: { email } })).toBe(0);
      const audit = await lastSignInAudit();
      expect(audit).toMatchObject({ outcome: "failure", actorId: null, ip: ORIGIN.ip, details: { method: "oidc" } });
      expect((audit?.details as { reason: string }).reason).toMatch(reason);
    });
  }

  it("checked the PKCE verifier at the provider (the refusal came from the token endpoint)", async () => {
    await signIn({ attempt: (attempt) => ({ ...attempt, verifier: "w".repeat(43) }) });
    expect(provider.refusals).toEqual(["invalid_grant"]);
  });
});
