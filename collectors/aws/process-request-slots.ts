import PQueue from "p-queue";

/**
 * Requests in flight across every account this process collects. Enough for a few thousand
 * requests a second at AWS's usual latency, more than one core can sign and parse.
 */
export const PROCESS_REQUEST_SLOTS = 256;

let shared: PQueue | undefined;

/**
 * The process's request slots, shared by every account's clients. A worker collecting several
 * accounts at once is CPU-bound (the SDK spends a few tenths of a millisecond of CPU on each
 * request). Unbounded, the excess requests queue in the event loop itself: its timers fall seconds
 * behind, so the rate gates of each account's scarcest quota (IAM's) let through a fraction of
 * their rate while other services' bulk work runs. Bounded, the excess waits here instead, the
 * scarcest quotas first (ApiRateFamily.priority), and the gates keep time.
 */
export function processRequestSlots(): PQueue {
  shared ??= new PQueue({ concurrency: PROCESS_REQUEST_SLOTS });
  return shared;
}
