/**
 * API token material: 32 random bytes, prefixed "vgl_" so secret scanners can recognise a leaked one.
 * Only the SHA-256 is stored; with 256 bits of entropy a plain hash is enough (no salt or slow hash needed).
 */
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "vgl_";

export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, 12) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
