/**
 * A burst of new access keys: keys created in the window (from the users' AccessKeys CreateDate) against
 * the account's usual rate over the baseline period before it, scaled to the window's length.
 */
import type { AnomalySignal, AnomalyWindow, ResourceHistory } from "./anomaly-signal";

const DAY_MS = 86_400_000;
/** Fewer keys than this in a window is never a burst. */
const MIN_KEYS = 3;
const BASELINE_DAYS = 90;

interface CreatedKey {
  user: string;
  userArn: string;
  accountId: string;
  keyId: string;
  at: Date;
}

export function detectAccessKeyBurst(
  histories: readonly ResourceHistory[],
  window: AnomalyWindow,
  options: { baselineDays?: number } = {},
): AnomalySignal[] {
  const baselineDays = options.baselineDays ?? BASELINE_DAYS;
  const keys = new Map<string, CreatedKey>();
  for (const history of histories) {
    if (history.type !== "AWS::IAM::User") continue;
    for (const version of history.versions) {
      for (const key of (version.configuration.AccessKeys ?? []) as { AccessKeyId?: string; CreateDate?: string }[]) {
        const at = key.CreateDate ? new Date(key.CreateDate) : null;
        if (!key.AccessKeyId || !at || Number.isNaN(at.getTime())) continue;
        keys.set(key.AccessKeyId, { user: history.name, userArn: history.arn, accountId: history.accountId, keyId: key.AccessKeyId, at });
      }
    }
  }
  const baselineStart = new Date(window.since.getTime() - baselineDays * DAY_MS);
  const created = [...keys.values()];
  const inWindow = created.filter((key) => key.at >= window.since && key.at <= window.until).sort((a, b) => a.at.getTime() - b.at.getTime());
  const before = created.filter((key) => key.at >= baselineStart && key.at < window.since).length;
  const windowDays = Math.max(1, (window.until.getTime() - window.since.getTime()) / DAY_MS);
  const expected = (before / baselineDays) * windowDays;
  // Poisson-style tolerance: the expected count plus three standard deviations (sqrt of the mean).
  const threshold = Math.max(MIN_KEYS, expected + 3 * Math.sqrt(expected));
  if (inWindow.length < threshold) return [];
  const last = inWindow[inWindow.length - 1]!;
  const users = [...new Set(inWindow.map((key) => key.user))].sort();
  return [
    {
      kind: "access_key_burst",
      accountId: last.accountId,
      resourceArn: last.userArn,
      resourceName: users.join(", "),
      at: last.at,
      summary: `${inWindow.length} access keys created in ${round(windowDays)} day${windowDays === 1 ? "" : "s"}`,
      explanation:
        `${inWindow.length} access keys were created for ${users.join(", ")} in this window. At this account's rate over the previous ` +
        `${baselineDays} days (${before} keys), about ${round(expected)} would be expected; ${round(threshold)} or more is flagged ` +
        `(the expected count plus three standard deviations, and never fewer than ${MIN_KEYS}).`,
      observed: inWindow.length,
      baseline: {
        description: `${before} access keys were created in the ${baselineDays} days before this window (${round(before / baselineDays)} a day).`,
        value: round(expected),
        observations: before,
      },
    },
  ];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
