import { CronExpressionParser } from "cron-parser";

/** Slots older than this are skipped rather than run late (a worker that was down does not replay hours of slots). */
export const SLOT_GRACE_MS = 5 * 60_000;

export class InvalidScheduleError extends Error {
  constructor(expression: string, cause: string) {
    super(`Invalid scan schedule "${expression}": ${cause}`);
  }
}

/** Throws InvalidScheduleError for an expression that is not a 5-field cron. */
export function validateSchedule(expression: string): void {
  if (expression.trim().split(/\s+/).length !== 5) throw new InvalidScheduleError(expression, "expected 5 fields (minute hour day month weekday)");
  try {
    CronExpressionParser.parse(expression, { tz: "UTC" });
  } catch (error) {
    throw new InvalidScheduleError(expression, error instanceof Error ? error.message : String(error));
  }
}

/**
 * The schedule slot that is due now, if any: the latest slot at or before `now`, within the grace window.
 * Its key is deterministic, so every scheduler computing it at the same time agrees on one scan.
 */
export function dueScheduleSlot(accountId: string, expression: string, now: Date): { at: Date; key: string } | null {
  validateSchedule(expression);
  // prev() is strictly before currentDate, so step one millisecond past now to include a slot at exactly now.
  const cron = CronExpressionParser.parse(expression, { currentDate: new Date(now.getTime() + 1), tz: "UTC" });
  const at = cron.prev().toDate();
  if (now.getTime() - at.getTime() > SLOT_GRACE_MS) return null;
  return { at, key: `${accountId}@${at.toISOString()}` };
}
