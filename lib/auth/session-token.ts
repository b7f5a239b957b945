/** Opaque random tokens (sessions, set-up links) and the SHA-256 digests stored in their place. */
import { createHash, randomBytes } from "node:crypto";

export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens Vigil issues are 43 base64url characters; anything else is refused before touching the database. */
export function isWellFormedToken(value: string | undefined | null): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
