/** The shapes every anomaly detector shares: the history it reads and the explained signal it returns. */

export type AnomalyKind = "permission_growth" | "became_public" | "new_external_trust" | "access_key_burst";

/** One resource's stored configurations, oldest first (resource_versions). */
export interface ResourceHistory {
  arn: string;
  accountId: string;
  type: string;
  name: string;
  versions: { at: Date; configuration: Record<string, unknown> }[];
}

/** What "normal" was for this account, so nobody has to trust a score they cannot check. */
export interface AnomalyBaseline {
  /** One sentence: what was measured, over which history. */
  description: string;
  /** The baseline figure itself (a mean, a count), when there is one. */
  value: number | null;
  /** How many past observations the baseline rests on. */
  observations: number;
}

export interface AnomalySignal {
  kind: AnomalyKind;
  accountId: string;
  resourceArn: string;
  resourceName: string;
  at: Date;
  /** One line for lists and notifications. */
  summary: string;
  /** Why it was flagged, in terms of the observed value against the baseline. */
  explanation: string;
  observed: number;
  baseline: AnomalyBaseline;
}

/** The window being examined: changes at or after `since` are judged against the history before it. */
export interface AnomalyWindow {
  since: Date;
  until: Date;
}

export function inWindow(at: Date, window: AnomalyWindow): boolean {
  return at >= window.since && at <= window.until;
}

/** Consecutive version pairs whose later version falls in the window. */
export function transitionsIn(history: ResourceHistory, window: AnomalyWindow) {
  const pairs: { before: Record<string, unknown>; after: Record<string, unknown>; at: Date }[] = [];
  for (let index = 1; index < history.versions.length; index++) {
    const before = history.versions[index - 1]!;
    const after = history.versions[index]!;
    if (inWindow(after.at, window)) pairs.push({ before: before.configuration, after: after.configuration, at: after.at });
  }
  return pairs;
}
