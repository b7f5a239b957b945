const DAY_MS = 86_400_000;

/** Whole days from an ISO timestamp (CLI "T" or boto3 " " form) to `now`; null when absent or unreadable. */
export function daysSince(timestamp: unknown, now: Date): number | null {
  if (typeof timestamp !== "string" || timestamp === "") return null;
  const ms = Date.parse(timestamp.replace(" ", "T"));
  if (Number.isNaN(ms)) return null;
  return Math.floor((now.getTime() - ms) / DAY_MS);
}
