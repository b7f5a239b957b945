/** Users, sessions and settings for the security tests: one user per role, fast scrypt parameters. */
import type { AuthSettings } from "@/lib/auth/auth-settings";
import { createSession } from "@/lib/auth/create-session";
import { hashPassword } from "@/lib/auth/hash-password";
import type { Role } from "@/lib/auth/permissions";
import { sealTotpSecret } from "@/lib/auth/seal-totp-secret";
import { generateTotpSecret } from "@/lib/auth/totp";
import type { Database } from "@/lib/db/client";

export const SETTINGS: AuthSettings = {
  sessionIdleMs: 30 * 60_000,
  sessionMaxMs: 12 * 60 * 60_000,
  sessionRotateMs: 15 * 60_000,
  rotationGraceMs: 60_000,
  lockoutThreshold: 3,
  lockoutMs: 15 * 60_000,
  ipFailureLimit: 10,
  ipWindowMs: 15 * 60_000,
  setupLinkMs: 24 * 60 * 60_000,
};

export const PASSWORD = "a long test password";
const FAST = { N: 2 ** 10, r: 8, p: 1 };

export interface SeededUser {
  id: string;
  email: string;
  role: Role;
  /** The base32 secret (stored sealed, unless seeded with `clearTotp` as rows from before sealing were). */
  totpSecret: string | null;
}

export async function seedUser(database: Database, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`, options: { totp?: boolean; clearTotp?: boolean } = {}): Promise<SeededUser> {
  const totpSecret = role === "admin" || options.totp || options.clearTotp ? generateTotpSecret() : null;
  const stored = totpSecret && !options.clearTotp ? sealTotpSecret(totpSecret) : totpSecret;
  const user = await database.user.create({
    data: { email, name: role, role, passwordHash: await hashPassword(PASSWORD, FAST), totpSecret: stored },
    select: { id: true },
  });
  return { id: user.id, email, role, totpSecret };
}

export async function sessionFor(database: Database, userId: string, now = new Date()): Promise<string> {
  return (await createSession(database, { userId, origin: { ip: "127.0.0.1", userAgent: "vitest" } }, SETTINGS, now)).token;
}
