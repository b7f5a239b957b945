/**
 * Password hashing with scrypt (memory-hard, in node:crypto, no native dependency). The parameters are
 * stored with each hash, so they can be raised later and old hashes still verify.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

export interface ScryptCost {
  /** CPU/memory cost (a power of two). */
  N: number;
  r: number;
  p: number;
}

/** OWASP's recommended minimum for scrypt: 2^17 with r=8, p=1 (128 MiB per hash). */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return `scrypt$N=${cost.N},r=${cost.r},p=${cost.p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

const FORMAT = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** False for a wrong password and for anything that is not a hash this module wrote. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match) return false;
  const [, n, r, p, salt, expected] = match as unknown as [string, string, string, string, string, string];
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (cost.N > 2 ** 20 || cost.r > 32 || cost.p > 16) return false; // refuse a hash built to exhaust memory
  const key = await derive(password, Buffer.from(salt, "base64url"), cost);
  const wanted = Buffer.from(expected, "base64url");
  return wanted.length === key.length && timingSafeEqual(wanted, key);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as a real verification, for unknown e-mail addresses, so response time does not
 * tell whether an account exists.
 */
export async function verifyAgainstDummy(password: string, cost: ScryptCost = DEFAULT_COST): Promise<false> {
  dummyHash ??= hashPassword("not-a-real-password", cost);
  await verifyPassword(password, await dummyHash);
  return false;
}

/** Password policy for local accounts: long enough to matter, short enough not to be a denial-of-service lever. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
