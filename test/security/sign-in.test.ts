/**
 * Local sign-in against a real database: right and wrong credentials, TOTP, lockout that doubles while
 * attempts continue, the per-IP limit, and that every attempt lands in the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { resolveSession } from "@/lib/auth/resolve-session";
import { totpCode } from "@/lib/auth/totp";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { PASSWORD, SETTINGS, seedUser } from "@/test/security/auth-fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.drop());

let ipCounter = 0;
const origin = () => ({ ip: `10.0.0.${++ipCounter}`, userAgent: "vitest" });
const NOW = new Date("2026-11-23T12:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("signInWithPassword", () => {
  it("signs in with the right password and creates a usable server-side session", async () => {
    const user = await seedUser(testDb.db, "analyst");
    const result = await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD }, origin(), SETTINGS, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await resolveSession(testDb.db, result.session.token, SETTINGS, later(1));
    expect(session?.actor).toMatchObject({ userId: user.id, role: "analyst", accountScope: null });
    const stored = await testDb.db.session.findFirst({ where: { userId: user.id } });
    expect(stored?.tokenHash).not.toBe(result.session.token); // only the hash is stored
    const audit = await testDb.db.auditEvent.findFirst({ where: { actorId: user.id, action: "auth.sign_in" } });
    expect(audit).toMatchObject({ outcome: "success", ip: `10.0.0.${ipCounter}`, userAgent: "vitest" });
  });

  it("gives the same answer for a wrong password and an unknown e-mail, and audits both", async () => {
    const user = await seedUser(testDb.db, "viewer");
    const wrong = await signInWithPassword(testDb.db, { email: user.email, password: "not the password" }, origin(), SETTINGS, NOW);
    const unknown = await signInWithPassword(testDb.db, { email: "nobody@example.com", password: PASSWORD }, origin(), SETTINGS, NOW);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    const failures = await testDb.db.auditEvent.findMany({ where: { action: "auth.sign_in", outcome: "failure", actorLabel: { in: [user.email, "nobody@example.com"] } } });
    expect(failures.map((event) => (event.details as { reason: string }).reason).sort()).toEqual(["unknown_user", "wrong_password"]);
    expect(JSON.stringify(failures.map(({ id, ...event }) => ({ ...event, id: String(id) })))).not.toContain("not the password");
  });

  it("requires the TOTP code for administrators and refuses a replayed code", async () => {
    const admin = await seedUser(testDb.db, "admin");
    const secret = admin.totpSecret!;
    expect(await signInWithPassword(testDb.db, { email: admin.email, password: PASSWORD }, origin(), SETTINGS, NOW)).toEqual({ ok: false, reason: "invalid" });
    const code = totpCode(secret, NOW.getTime());
    expect((await signInWithPassword(testDb.db, { email: admin.email, password: PASSWORD, code }, origin(), SETTINGS, NOW)).ok).toBe(true);
    expect(await signInWithPassword(testDb.db, { email: admin.email, password: PASSWORD, code }, origin(), SETTINGS, NOW)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an administrator who has no second factor", async () => {
    const admin = await seedUser(testDb.db, "admin");
    await testDb.db.user.update({ where: { id: admin.id }, data: { totpSecret: null } });
    expect(await signInWithPassword(testDb.db, { email: admin.email, password: PASSWORD }, origin(), SETTINGS, NOW)).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account after the threshold, even for the right password, and doubles the lock while attempts continue", async () => {
    const user = await seedUser(testDb.db, "engineer");
    for (let attempt = 0; attempt < SETTINGS.lockoutThreshold; attempt++) {
      await signInWithPassword(testDb.db, { email: user.email, password: "wrong wrong wrong" }, origin(), SETTINGS, NOW);
    }
    const locked = await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD }, origin(), SETTINGS, later(1));
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    const firstLock = (await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil!;
    expect(firstLock.getTime() - NOW.getTime()).toBe(SETTINGS.lockoutMs);

    // After the lock ends one more failure locks it again for twice as long.
    await signInWithPassword(testDb.db, { email: user.email, password: "wrong wrong wrong" }, origin(), SETTINGS, later(16));
    const secondLock = (await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil!;
    expect(secondLock.getTime() - later(16).getTime()).toBe(2 * SETTINGS.lockoutMs);

    // Once it expires, the right password works and resets the counter.
    const ok = await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD }, origin(), SETTINGS, later(16 + 31));
    expect(ok.ok).toBe(true);
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).failedSignIns).toBe(0);
  });

  it("refuses an IP address after too many failures, across accounts", async () => {
    const settings = { ...SETTINGS, ipFailureLimit: 3 };
    const ip = { ip: "192.0.2.77", userAgent: "bot" };
    for (let attempt = 0; attempt < settings.ipFailureLimit; attempt++) {
      const victim = await seedUser(testDb.db, "viewer");
      await signInWithPassword(testDb.db, { email: victim.email, password: "guess guess" }, ip, settings, NOW);
    }
    const user = await seedUser(testDb.db, "viewer");
    expect(await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD }, ip, settings, later(1))).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await testDb.db.auditEvent.count({ where: { ip: ip.ip, outcome: "denied" } })).toBe(1);
    // Another address is unaffected, and the window passes.
    expect((await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD }, origin(), settings, later(1))).ok).toBe(true);
    expect((await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD }, ip, settings, later(16))).ok).toBe(true);
  });

  it("refuses disabled users", async () => {
    const user = await seedUser(testDb.db, "viewer");
    await testDb.db.user.update({ where: { id: user.id }, data: { disabledAt: NOW } });
    expect(await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD }, origin(), SETTINGS, later(1))).toEqual({ ok: false, reason: "invalid" });
  });
});
