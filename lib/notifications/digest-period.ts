/**
 * The period a digest covers: the previous UTC day, or the previous ISO week (Monday to Monday) on
 * Mondays. Its label is part of the delivery key, so one period is never sent twice. Pure.
 */
export interface DigestPeriod {
  label: string;
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;

/** The period due at `now`, or null when a weekly digest is not due (only on Mondays). */
export function digestPeriod(frequency: "daily" | "weekly", now: Date): DigestPeriod | null {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (frequency === "daily") {
    const from = new Date(today.getTime() - DAY_MS);
    return { label: `on ${from.toISOString().slice(0, 10)}`, from, to: today };
  }
  if (today.getUTCDay() !== 1) return null;
  const from = new Date(today.getTime() - 7 * DAY_MS);
  return { label: `in the week of ${from.toISOString().slice(0, 10)}`, from, to: today };
}
