/**
 * With many accounts the overview cannot show every account's scan freshness: it says how many are fresh and
 * shows the ones that need a look. Pure.
 */

/** A finished scan older than this makes its account stale. */
export const STALE_AFTER_MS = 24 * 3_600_000;

export interface FreshnessInput {
  account: { id: string };
  latest: { id: string; status: string } | null;
  finished: { id: string; status: string; complete: boolean; finishedAt: Date | null; gapCount: number } | null;
}

/** Why an account needs a look, or null when its latest scan is recent, complete and finished well. */
export function attentionReason(entry: FreshnessInput, now: Date): string | null {
  if (!entry.finished) return entry.latest ? "first scan in progress" : "never scanned";
  if (entry.finished.status === "failed") return "latest scan failed";
  if (!entry.finished.finishedAt || now.getTime() - entry.finished.finishedAt.getTime() > STALE_AFTER_MS) return "not scanned in the last 24 hours";
  if (entry.finished.gapCount > 0 || !entry.finished.complete) return "parts could not be read";
  if (entry.latest && entry.latest.id !== entry.finished.id) return "scan in progress";
  return null;
}

/** The accounts needing a look (in the order given, at most `limit`), and how many of all are fine. */
export function pickScansNeedingAttention<T extends FreshnessInput>(entries: readonly T[], now: Date, limit = 5) {
  const needing = entries.filter((entry) => attentionReason(entry, now) !== null);
  return { shown: needing.slice(0, limit), needing: needing.length, fine: entries.length - needing.length };
}
