/**
 * Second-factor secrets at rest: sealed on enrolment (set-up link, CLI), opened for sign-in, clear rows from
 * before sealing still work and are sealed at the next sign-in or start; the key comes from
 * VIGIL_ENCRYPTION_KEY or, in embedded mode, a 0600 key file made once under the data folder; with neither,
 * enrolment is refused with a clear message and the set-up link stays usable.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { ensureFirstAdminLink } from "@/lib/auth/ensure-first-admin-link";
import type { Actor } from "@/lib/auth/permissions";
import { ensureKeyFile, keyFilePath, resolveSealingKey, trySealingKey } from "@/lib/secrets/resolve-sealing-key";
import { sealSecret } from "@/lib/secrets/seal-secret";
import { sealClearTotpSecrets } from "@/lib/auth/seal-clear-totp-secrets";
import { openTotpSecret, sealTotpSecret } from "@/lib/auth/seal-totp-secret";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { generateTotpSecret, totpCode } from "@/lib/auth/totp";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { PASSWORD, SETTINGS, seedUser } from "@/test/security/auth-fixtures";

const ORIGIN = { ip: "198.51.100.4", userAgent: "vitest" };
const admin: Actor = { userId: "cli:test", role: "admin", accountScope: null, label: "cli:test" };
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;
let testDb: TestDatabase;
let folder: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  folder = mkdtempSync(path.join(tmpdir(), "vigil-key-"));
});
afterAll(async () => {
  await testDb?.drop();
  rmSync(folder, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("sealed second factors", () => {
  it("are sealed when a user is created with one, and open to the same secret for sign-in", async () => {
    const secret = generateTotpSecret();
    await createUser(testDb.db, admin, { email: "sealed@example.com", name: "S", role: "analyst" }, { totpSecret: secret });
    const row = await testDb.db.user.findUniqueOrThrow({ where: { email: "sealed@example.com" }, select: { totpSecret: true } });
    expect(row.totpSecret).toMatch(/^v1:/);
    expect(row.totpSecret).not.toContain(secret);
    expect(openTotpSecret(row.totpSecret!)).toBe(secret);
  });

  it("let an administrator sign in with the code of the sealed secret, and refuse a wrong code", async () => {
    const user = await seedUser(testDb.db, "admin");
    const stored = (await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret!;
    expect(stored).toMatch(/^v1:/);
    const now = new Date();
    expect(await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD, code: "000000" }, ORIGIN, SETTINGS, now)).toMatchObject({ ok: false });
    expect((await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD, code: totpCode(user.totpSecret!, now.getTime()) }, ORIGIN, SETTINGS, now)).ok).toBe(true);
  });

  it("refuse sign-in with a clear message, and audit it, when the sealing key has changed", async () => {
    const user = await seedUser(testDb.db, "admin");
    // Sealed under another key than the one this Vigil has (a lost or replaced key).
    await testDb.db.user.update({ where: { id: user.id }, data: { totpSecret: sealSecret(user.totpSecret!, randomBytes(32)) } });
    const now = new Date();
    const result = await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD, code: totpCode(user.totpSecret!, now.getTime()) }, ORIGIN, SETTINGS, now);
    expect(result).toEqual({ ok: false, reason: "second_factor_unavailable" });
    const entry = await testDb.db.auditEvent.findFirst({ where: { actorId: user.id }, orderBy: { occurredAt: "desc" } });
    expect(entry?.details).toMatchObject({ reason: "sealing_key_unavailable" });
    // A wrong password still says only "invalid": the key problem is not revealed to someone without it.
    expect(await signInWithPassword(testDb.db, { email: user.email, password: "wrong password!", code: "000000" }, ORIGIN, SETTINGS, now)).toMatchObject({ reason: "invalid" });
  });

  it("read a clear secret from before sealing, and seal it at that user's next sign-in", async () => {
    const user = await seedUser(testDb.db, "admin", undefined, { clearTotp: true });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret).toBe(user.totpSecret);
    const now = new Date();
    const result = await signInWithPassword(testDb.db, { email: user.email, password: PASSWORD, code: totpCode(user.totpSecret!, now.getTime()) }, ORIGIN, SETTINGS, now);
    expect(result.ok).toBe(true);
    const after = (await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret!;
    expect(after).toMatch(/^v1:/);
    expect(openTotpSecret(after)).toBe(user.totpSecret);
  });

  it("seals every clear secret at start-up, once, without touching sealed ones", async () => {
    const clear = await Promise.all([1, 2, 3].map(() => seedUser(testDb.db, "analyst", undefined, { clearTotp: true })));
    const sealed = await seedUser(testDb.db, "analyst", undefined, { totp: true });
    const sealedBefore = (await testDb.db.user.findUniqueOrThrow({ where: { id: sealed.id } })).totpSecret;
    const key = resolveSealingKey();
    expect(await sealClearTotpSecrets(testDb.db, key)).toBeGreaterThanOrEqual(3);
    expect(await sealClearTotpSecrets(testDb.db, key)).toBe(0);
    for (const user of clear) {
      const stored = (await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret!;
      expect(openTotpSecret(stored, key)).toBe(user.totpSecret);
    }
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: sealed.id } })).totpSecret).toBe(sealedBefore);
    expect(await testDb.db.user.count({ where: { totpSecret: { not: null }, NOT: { totpSecret: { startsWith: "v1:" } } } })).toBe(0);
  });
});

describe("the sealing key", () => {
  it("is VIGIL_ENCRYPTION_KEY when set", () => {
    const hex = "ab".repeat(32);
    expect(resolveSealingKey({ VIGIL_ENCRYPTION_KEY: hex, VIGIL_DATA_DIR: folder }).toString("hex")).toBe(hex);
  });

  it("is a key file made once under the data folder in embedded mode, readable by its owner only", () => {
    const dataDir = path.join(folder, "embedded");
    expect(trySealingKey({ VIGIL_ENCRYPTION_KEY: undefined, VIGIL_DATA_DIR: dataDir })).toBeNull();
    const file = ensureKeyFile(dataDir);
    expect(file).toBe(keyFilePath(dataDir));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const first = readFileSync(file, "utf8");
    ensureKeyFile(dataDir);
    expect(readFileSync(file, "utf8")).toBe(first); // never regenerated: that would strand every sealed secret
    const key = resolveSealingKey({ VIGIL_ENCRYPTION_KEY: undefined, VIGIL_DATA_DIR: dataDir });
    expect(key.toString("hex")).toBe(first.trim());
    expect(openTotpSecret(sealTotpSecret("JBSWY3DPEHPK3PXP", key), key)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses a damaged key file with a message naming it", () => {
    const dataDir = path.join(folder, "damaged");
    ensureKeyFile(dataDir);
    writeFileSync(keyFilePath(dataDir), "not a key\n");
    expect(() => resolveSealingKey({ VIGIL_ENCRYPTION_KEY: undefined, VIGIL_DATA_DIR: dataDir })).toThrow(/damaged/);
  });

  it("is missing with DATABASE_URL and no VIGIL_ENCRYPTION_KEY: enrolment is refused, clearly, and the link still works", async () => {
    const fresh = await createTestDatabase();
    try {
      const url = await ensureFirstAdminLink(fresh.db, SETTINGS, "http://x");
      vi.stubEnv("VIGIL_ENCRYPTION_KEY", "");
      vi.stubEnv("VIGIL_DATA_DIR", path.join(folder, "no-key-here"));
      vi.resetModules(); // a fresh lib/env cache that sees the stubbed environment
      const { completeSetup: setupWithoutKey } = await import("@/lib/auth/complete-setup");
      const secret = generateTotpSecret();
      const input = { token: tokenOf(url!), email: "root@example.com", name: "Root", password: "a very long password", totpSecret: secret, totpCode: totpCode(secret) };
      await expect(setupWithoutKey(fresh.db, input, ORIGIN, SETTINGS)).rejects.toMatchObject({ code: "not_configured", message: expect.stringMatching(/Set VIGIL_ENCRYPTION_KEY/) });
      expect(await fresh.db.user.count()).toBe(0);
      expect(await fresh.db.setupToken.count({ where: { usedAt: null } })).toBe(1);

      vi.unstubAllEnvs();
      vi.resetModules();
      const { completeSetup: setupWithKey } = await import("@/lib/auth/complete-setup");
      const { userId } = await setupWithKey(fresh.db, { ...input, totpCode: totpCode(secret, Date.now() + 30_000) }, ORIGIN, SETTINGS);
      expect((await fresh.db.user.findUniqueOrThrow({ where: { id: userId } })).totpSecret).toMatch(/^v1:/);
    } finally {
      await fresh.drop();
    }
  });
});
