/**
 * Webhook signatures receivers can verify: HMAC-SHA256 over "<timestamp>.<body>" with the channel's
 * secret, sent as
 *   Vigil-Timestamp: <unix seconds>
 *   Vigil-Signature: v1=<hex digest>
 * Receivers recompute it, compare in constant time, and reject timestamps older than the replay window.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Vigil-Signature";
export const TIMESTAMP_HEADER = "Vigil-Timestamp";
export const DELIVERY_HEADER = "Vigil-Delivery";
/** Receivers should refuse a signature whose timestamp is further than this from their clock. */
export const REPLAY_WINDOW_SECONDS = 300;

export function signWebhook(body: string, secret: string, timestampSeconds: number): string {
  return `v1=${createHmac("sha256", secret).update(`${timestampSeconds}.${body}`).digest("hex")}`;
}

/** The receiver's side, exported for tests and as the reference for docs/INTEGRATIONS.md. */
export function verifyWebhook(
  body: string,
  headers: { signature: string | null; timestamp: string | null },
  secret: string,
  nowSeconds: number,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > REPLAY_WINDOW_SECONDS) return false;
  const expected = Buffer.from(signWebhook(body, secret, timestamp));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
