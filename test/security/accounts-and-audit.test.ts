/**
 * First-administrator set-up, invitations, user management and the audit trail against a real database:
 * one-time links work once, roles are enforced in the domain functions, the last administrator cannot be
 * removed, every change is audited, and the audit table refuses UPDATE, DELETE and TRUNCATE.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditQuery } from "@/lib/audit/audit.schemas";
import { exportAuditEvents } from "@/lib/audit/export-audit-events";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorFromUser } from "@/lib/auth/actor-from-user";
import { completeSetup } from "@/lib/auth/complete-setup";
import { createUser } from "@/lib/auth/create-user";
import { ensureFirstAdminLink } from "@/lib/auth/ensure-first-admin-link";
import { findUsers } from "@/lib/auth/find-users";
import { getSetupToken } from "@/lib/auth/get-setup-token";
import { issueSetupLink } from "@/lib/auth/issue-setup-link";
import type { Actor, Role } from "@/lib/auth/permissions";
import { resolveSession } from "@/lib/auth/resolve-session";
import { openTotpSecret } from "@/lib/auth/seal-totp-secret";
import { generateTotpSecret, totpCode } from "@/lib/auth/totp";
import { updateUser } from "@/lib/auth/update-user";
import { VigilError } from "@/lib/errors/vigil-error";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { SETTINGS, seedUser, sessionFor } from "@/test/security/auth-fixtures";

const ORIGIN = { ip: "203.0.113.9", userAgent: "vitest" };
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;

describe("first administrator", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb?.drop());

  it("issues a one-time link while there are no users; it creates an admin with TOTP once, and never again", async () => {
    const url = await ensureFirstAdminLink(testDb.db, SETTINGS, "http://localhost:3000");
    expect(url).toMatch(/^http:\/\/localhost:3000\/setup\?token=[\w-]{43}$/);
    const token = tokenOf(url!);
    const stored = await testDb.db.setupToken.findFirstOrThrow();
    expect(stored.tokenHash).not.toBe(token); // hashed at rest
    expect(await getSetupToken(testDb.db, token)).toMatchObject({ purpose: "first_admin", user: null });

    const secret = generateTotpSecret();
    const input = { token, email: "Root@Example.com", name: "Root", password: "a very long password", totpSecret: secret, totpCode: "000000" };
    await expect(completeSetup(testDb.db, input, ORIGIN, SETTINGS)).rejects.toThrow(/code does not match/);
    const { userId, session } = await completeSetup(testDb.db, { ...input, email: "root@example.com", totpCode: totpCode(secret) }, ORIGIN, SETTINGS);
    expect((await resolveSession(testDb.db, session.token, SETTINGS))?.actor.role).toBe("admin");
    const user = await testDb.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email: "root@example.com", role: "admin" });
    // The second factor is sealed at rest: not the secret, but it opens to it.
    expect(user.totpSecret).toMatch(/^v1:/);
    expect(user.totpSecret).not.toContain(secret);
    expect(openTotpSecret(user.totpSecret!)).toBe(secret);
    expect(user.passwordHash).toMatch(/^scrypt\$/);

    await expect(completeSetup(testDb.db, { ...input, totpCode: totpCode(secret, Date.now() + 30_000) }, ORIGIN, SETTINGS)).rejects.toThrow(VigilError);
    expect(await getSetupToken(testDb.db, token)).toBeNull();
    expect(await ensureFirstAdminLink(testDb.db, SETTINGS, "http://localhost:3000")).toBeNull();
  });

  it("refuses the first-admin form without a second factor and expired links", async () => {
    const fresh = await createTestDatabase();
    try {
      const url = await ensureFirstAdminLink(fresh.db, SETTINGS, "http://x");
      await expect(completeSetup(fresh.db, { token: tokenOf(url!), email: "a@example.com", name: "A", password: "a very long password" }, ORIGIN, SETTINGS)).rejects.toThrow(/authenticator/);
      const old = await ensureFirstAdminLink(fresh.db, SETTINGS, "http://x", new Date(Date.now() - 25 * 60 * 60_000));
      expect(await getSetupToken(fresh.db, tokenOf(old!))).toBeNull();
      expect(await fresh.db.user.count()).toBe(0);
    } finally {
      await fresh.drop();
    }
  });
});

describe("user management", () => {
  let testDb: TestDatabase;
  let admin: Actor;
  const actorOf = async (role: Role) => {
    const user = await seedUser(testDb.db, role);
    return actorFromUser({ ...user, accountScope: [] });
  };
  beforeAll(async () => {
    testDb = await createTestDatabase();
    admin = await actorOf("admin");
  });
  afterAll(() => testDb?.drop());

  it("only administrators manage users (the domain functions check, whatever page calls them)", async () => {
    for (const role of ["viewer", "engineer", "analyst"] as const) {
      const actor = await actorOf(role);
      await expect(findUsers(testDb.db, actor)).rejects.toMatchObject({ code: "forbidden" });
      await expect(createUser(testDb.db, actor, { email: `x-${role}@example.com`, name: "X", role: "admin" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(updateUser(testDb.db, actor, { userId: actor.userId, role: "admin" })).rejects.toMatchObject({ code: "forbidden" });
      await expect(findAuditEvents(testDb.db, actor, {})).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await testDb.db.user.count({ where: { email: { startsWith: "x-" } } })).toBe(0);
  });

  it("invites a user with a one-time link and audits it", async () => {
    const created = await createUser(testDb.db, admin, { email: "New.Person@Example.com", name: "New", role: "engineer" }, { origin: ORIGIN });
    expect(created.email).toBe("new.person@example.com");
    const { url } = await issueSetupLink(testDb.db, admin, { userId: created.id, baseUrl: "http://x" }, SETTINGS, ORIGIN);
    const { session } = await completeSetup(testDb.db, { token: tokenOf(url), password: "engineer password 1" }, ORIGIN, SETTINGS);
    expect((await resolveSession(testDb.db, session.token, SETTINGS))?.actor).toMatchObject({ userId: created.id, role: "engineer" });
    const events = await testDb.db.auditEvent.findMany({ where: { targetId: created.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["user.created", "user.setup_link_issued", "user.credentials_set"]);
    expect(events[0]).toMatchObject({ actorId: admin.userId, ip: ORIGIN.ip, changes: { role: { from: null, to: "engineer" } } });
    await expect(createUser(testDb.db, admin, { email: "new.person@example.com", name: "Again", role: "viewer" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("changing a role ends the user's sessions and records from and to", async () => {
    const user = await seedUser(testDb.db, "analyst");
    const token = await sessionFor(testDb.db, user.id);
    await updateUser(testDb.db, admin, { userId: user.id, role: "viewer" }, ORIGIN);
    expect(await resolveSession(testDb.db, token, SETTINGS)).toBeNull();
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: "user.role_changed" } });
    expect(event.changes).toEqual({ role: { from: "analyst", to: "viewer" } });
  });

  it("never removes the last active administrator", async () => {
    const only = await createTestDatabase();
    try {
      const lone = await seedUser(only.db, "admin");
      const loneActor = actorFromUser({ ...lone, accountScope: [] });
      await expect(updateUser(only.db, loneActor, { userId: lone.id, role: "analyst" })).rejects.toMatchObject({ code: "conflict" });
      await expect(updateUser(only.db, loneActor, { userId: lone.id, disabled: true })).rejects.toMatchObject({ code: "conflict" });
      expect((await only.db.user.findUniqueOrThrow({ where: { id: lone.id } })).role).toBe("admin");
    } finally {
      await only.drop();
    }
  });

  it("rejects hostile input at the boundary without touching the database", async () => {
    for (const email of ["' OR 1=1 --", "<script>alert(1)</script>@x", `${"a".repeat(300)}@example.com`]) {
      await expect(createUser(testDb.db, admin, { email, name: "X", role: "viewer" })).rejects.toThrow();
    }
    await expect(createUser(testDb.db, admin, { email: "ok@example.com", name: "X", role: "root" as Role })).rejects.toThrow();
    await expect(updateUser(testDb.db, admin, { userId: "1; DROP TABLE users" })).rejects.toThrow();
    expect(await testDb.db.user.count({ where: { email: "ok@example.com" } })).toBe(0);
  });
});

describe("audit trail", () => {
  let testDb: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const user = await seedUser(testDb.db, "admin", "auditor@example.com");
    admin = actorFromUser({ ...user, accountScope: [] });
  });
  afterAll(() => testDb?.drop());

  it("is append-only in the database itself", async () => {
    await recordAuditEvent(testDb.db, { actor: { kind: "system", label: "test" }, action: "test.appended", origin: ORIGIN });
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    try {
      await expect(client.query(`UPDATE "audit_events" SET "action" = 'x'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "audit_events"`)).rejects.toThrow(/append-only/);
      await expect(client.query(`TRUNCATE "audit_events"`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
    expect(await testDb.db.auditEvent.count({ where: { action: "test.appended" } })).toBe(1);
  });

  it("filters safely on hostile text and refuses unreadable query strings", async () => {
    await recordAuditEvent(testDb.db, { actor: { kind: "anonymous", label: "'; DROP TABLE audit_events; --" }, action: "auth.sign_in", outcome: "failure", origin: ORIGIN });
    const hostile = parseAuditQuery({ actor: "'; DROP TABLE audit_events; --" });
    expect(hostile.ok).toBe(true);
    if (!hostile.ok) return;
    const page = await findAuditEvents(testDb.db, admin, hostile.query);
    expect(page.items.map((event) => event.actorLabel)).toEqual(["'; DROP TABLE audit_events; --"]);
    for (const params of [{ action: "<script>" }, { outcome: "maybe" }, { before: "1 OR 1=1" }, { since: "not a date" }, { unknown: "x" }, { actor: "a".repeat(400) }]) {
      expect(parseAuditQuery(params).ok, JSON.stringify(params)).toBe(false);
    }
  });

  it("exports CSV with formula cells neutralised, and JSON that parses", async () => {
    await recordAuditEvent(testDb.db, { actor: { kind: "anonymous", label: "=HYPERLINK(\"http://evil\")" }, action: "auth.sign_in", outcome: "failure" });
    let csv = "";
    for await (const chunk of exportAuditEvents(testDb.db, admin, {}, "csv")) csv += chunk;
    expect(csv.split("\r\n")[0]).toBe("id,occurredAt,actorId,actorLabel,action,outcome,targetType,targetId,ip,userAgent,changes,details");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    let json = "";
    for await (const chunk of exportAuditEvents(testDb.db, admin, { action: "auth.sign_in" }, "json")) json += chunk;
    const rows = JSON.parse(json) as Array<{ action: string }>;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((row) => row.action === "auth.sign_in")).toBe(true);
  });
});
