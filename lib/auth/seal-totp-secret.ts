/**
 * TOTP secrets at rest: sealed with AES-256-GCM (the "v1:" format of lib/secrets/seal-secret) under
 * the key from resolve-sealing-key. Rows written before sealing existed hold the base32 secret in the
 * clear; `openTotpSecret` still reads them, and sign-in and start-up (seal-clear-totp-secrets) seal them.
 */
import { openSecret, sealSecret } from "@/lib/secrets/seal-secret";
import { resolveSealingKey } from "@/lib/secrets/resolve-sealing-key";

const SEALED = /^v1:/;

export function isSealedTotpSecret(stored: string): boolean {
  return SEALED.test(stored);
}

/** Seals a base32 secret for storage; throws VigilError("not_configured") when there is no key. */
export function sealTotpSecret(secretBase32: string, key: Buffer = resolveSealingKey()): string {
  return sealSecret(secretBase32, key);
}

/** The base32 secret of a stored value, sealed or (from before sealing) clear. */
export function openTotpSecret(stored: string, key?: Buffer): string {
  return isSealedTotpSecret(stored) ? openSecret(stored, key ?? resolveSealingKey()) : stored;
}
