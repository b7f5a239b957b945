/**
 * Secrets at rest (authenticator secrets, webhook signing secrets, Slack URLs, SMTP passwords, Jira tokens),
 * sealed with AES-256-GCM under the key of resolve-sealing-key.ts. Format: "v1:" + base64(iv | tag | ciphertext).
 * The authentication tag makes a tampered or wrongly keyed value fail loudly instead of decrypting to garbage.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { VigilError } from "@/lib/errors/vigil-error";
import { resolveSealingKey } from "./resolve-sealing-key";

const PREFIX = "v1:";

export function sealSecret(plain: string, key: Buffer = resolveSealingKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64");
}

export function openSecret(sealed: string, key: Buffer = resolveSealingKey()): string {
  if (!sealed.startsWith(PREFIX)) throw new VigilError("invalid_input", "This secret is not in Vigil's sealed format.");
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new VigilError("not_configured", "A stored secret cannot be opened: the sealing key (VIGIL_ENCRYPTION_KEY or the data folder's encryption.key) differs from the key it was sealed with.");
  }
}
