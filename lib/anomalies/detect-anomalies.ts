/** Every anomaly signal for one account's history and window, newest first. Pure. */
import type { AnomalySignal, AnomalyWindow, ResourceHistory } from "./anomaly-signal";
import { detectAccessKeyBurst } from "./detect-access-key-burst";
import { detectBecamePublic } from "./detect-became-public";
import { detectNewExternalTrust } from "./detect-new-external-trust";
import { detectPermissionGrowth } from "./detect-permission-growth";

export function detectAnomalies(
  histories: readonly ResourceHistory[],
  window: AnomalyWindow,
  options: { knownAccounts?: readonly string[] } = {},
): AnomalySignal[] {
  return [
    ...detectPermissionGrowth(histories, window),
    ...detectBecamePublic(histories, window),
    ...detectNewExternalTrust(histories, window, options),
    ...detectAccessKeyBurst(histories, window),
  ].sort((a, b) => b.at.getTime() - a.at.getTime() || a.resourceArn.localeCompare(b.resourceArn));
}
