/**
 * The key that seals secrets at rest (AES-256-GCM, seal-secret.ts): authenticator (TOTP) secrets and the
 * credentials of notification receivers and ticket integrations.
 * VIGIL_ENCRYPTION_KEY when set; otherwise the key file that embedded mode generates once under
 * VIGIL_DATA_DIR (mode 0600, beside the embedded database's files but never inside the database), so the
 * two-command quick start needs no configuration. With DATABASE_URL and no VIGIL_ENCRYPTION_KEY there is
 * no key: enrolling an authenticator app is refused with a message that says what to set, because a key
 * kept on one web host of a shared database would strand the other hosts and defeat the point.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { loadEnv, type VigilEnv } from "@/lib/env";
import { VigilError } from "@/lib/errors/vigil-error";

export const KEY_FILE_NAME = "encryption.key";

type KeyEnv = Pick<VigilEnv, "VIGIL_ENCRYPTION_KEY" | "VIGIL_DATA_DIR">;

export function keyFilePath(dataDir: string): string {
  return path.join(path.resolve(dataDir), KEY_FILE_NAME);
}

/** The sealing key, or VigilError("not_configured") explaining how to provide one. */
export function resolveSealingKey(env: KeyEnv = loadEnv()): Buffer {
  if (env.VIGIL_ENCRYPTION_KEY) return parseKey(env.VIGIL_ENCRYPTION_KEY);
  const file = keyFilePath(env.VIGIL_DATA_DIR);
  if (existsSync(file)) return readKeyFile(file);
  throw new VigilError(
    "not_configured",
    "Vigil has no key to seal secrets (authenticator apps, receivers' and integrations' credentials) with. Set VIGIL_ENCRYPTION_KEY (64 hex characters: `openssl rand -hex 32`) " +
      "in the environment of every Vigil process, then restart. With DATABASE_URL Vigil never keeps a key of its own.",
  );
}

/** VIGIL_ENCRYPTION_KEY's value: 32 bytes as 64 hex characters, or base64. */
export function parseKey(value: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  if (key.length !== 32) {
    throw new VigilError("not_configured", "VIGIL_ENCRYPTION_KEY must be 32 bytes: 64 hex characters (`openssl rand -hex 32`) or base64.");
  }
  return key;
}

/** The key, or null when none is configured (for best-effort upgrades that must not fail a sign-in). */
export function trySealingKey(env: KeyEnv = loadEnv()): Buffer | null {
  try {
    return resolveSealingKey(env);
  } catch (error) {
    if (error instanceof VigilError && error.code === "not_configured") return null;
    throw error;
  }
}

/**
 * Embedded mode only: creates the key file once (32 random bytes, hex, mode 0600) and tightens its mode if
 * someone loosened it. Concurrent starts race safely: the exclusive create lets exactly one write it.
 */
export function ensureKeyFile(dataDir: string): string {
  const file = keyFilePath(dataDir);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  readKeyFile(file); // fail now, not at the first sign-in, when the file is damaged
  return file;
}

function readKeyFile(file: string): Buffer {
  const text = readFileSync(file, "utf8").trim();
  if (!/^[0-9a-f]{64}$/i.test(text)) {
    throw new VigilError("not_configured", `The key file ${file} is damaged (expected 64 hex characters). Restore it from a backup: without it, authenticator apps must be enrolled again.`);
  }
  return Buffer.from(text, "hex");
}
