/**
 * A principal whose permissions grew sharply: the growth of one change against the account's usual
 * growth per change (the mean of every earlier increase, across its principals). Becoming an
 * administrator is always flagged.
 */
import { type AnomalySignal, type AnomalyWindow, type ResourceHistory, transitionsIn } from "./anomaly-signal";
import { measurePermissionBreadth } from "./measure-permission-breadth";

const PRINCIPAL_TYPES = new Set(["AWS::IAM::User", "AWS::IAM::Role", "AWS::IAM::Group"]);
/** Growth below this many permissions is never "sharp", whatever the baseline. */
const MIN_GROWTH = 5;
/** Sharp means at least this many times the account's usual increase. */
const FACTOR = 3;

export function detectPermissionGrowth(histories: readonly ResourceHistory[], window: AnomalyWindow): AnomalySignal[] {
  const principals = histories.filter((history) => PRINCIPAL_TYPES.has(history.type));
  const pastIncreases: number[] = [];
  for (const history of principals) {
    for (let index = 1; index < history.versions.length; index++) {
      const after = history.versions[index]!;
      if (after.at >= window.since) continue;
      const growth = measurePermissionBreadth(after.configuration).total - measurePermissionBreadth(history.versions[index - 1]!.configuration).total;
      if (growth > 0) pastIncreases.push(growth);
    }
  }
  const usual = pastIncreases.length > 0 ? pastIncreases.reduce((sum, value) => sum + value, 0) / pastIncreases.length : null;
  const baseline = {
    description:
      usual === null
        ? "No earlier permission increase is recorded for this account's principals."
        : `Across ${pastIncreases.length} earlier permission increases of this account's principals, the mean increase was ${round(usual)} (largest ${Math.max(...pastIncreases)}).`,
    value: usual === null ? null : round(usual),
    observations: pastIncreases.length,
  };

  const signals: AnomalySignal[] = [];
  for (const history of principals) {
    for (const { before, after, at } of transitionsIn(history, window)) {
      const from = measurePermissionBreadth(before);
      const to = measurePermissionBreadth(after);
      const growth = to.total - from.total;
      const becameAdmin = to.administrator && !from.administrator;
      const sharp = growth >= MIN_GROWTH && (usual === null || growth >= FACTOR * usual);
      if (!becameAdmin && !sharp) continue;
      const what = `${history.name} went from ${from.total} to ${to.total} permissions (+${growth})`;
      signals.push({
        kind: "permission_growth",
        accountId: history.accountId,
        resourceArn: history.arn,
        resourceName: history.name,
        at,
        summary: becameAdmin ? `${history.name} became an administrator` : `${history.name}'s permissions grew by ${growth}`,
        explanation: becameAdmin
          ? `${what} and now has administrator access (Action "*" on Resource "*", or AdministratorAccess), which it did not have before.`
          : `${what}, counting attached managed policies and distinct actions of inline Allow statements. ` +
            (usual === null
              ? `No earlier increase is on record, and an increase of ${MIN_GROWTH} or more is flagged when there is no history.`
              : `That is ${round(growth / usual)} times the account's mean increase of ${round(usual)}; ${FACTOR} times or more is flagged.`),
        observed: growth,
        baseline,
      });
    }
  }
  return signals;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
