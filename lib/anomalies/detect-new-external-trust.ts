/**
 * A role that now trusts an AWS account no role of this account trusted before: the baseline is the
 * set of external accounts already trusted anywhere in the recorded history (plus any the caller knows,
 * such as the organisation's accounts).
 */
import { policyStatements } from "@/lib/policy/parse-policy";
import { type AnomalySignal, type AnomalyWindow, type ResourceHistory, transitionsIn } from "./anomaly-signal";

export function trustedAccounts(roleConfiguration: Record<string, unknown>, ownAccountId: string): Set<string> {
  const role = roleConfiguration.Role as { AssumeRolePolicyDocument?: unknown } | undefined;
  const accounts = new Set<string>();
  for (const statement of policyStatements(role?.AssumeRolePolicyDocument, "resource")) {
    if (statement.effect !== "Allow") continue;
    for (const principal of statement.principals ?? []) {
      const accountId = "accountId" in principal ? principal.accountId : null;
      if (accountId && accountId !== ownAccountId) accounts.add(accountId);
    }
  }
  return accounts;
}

export function detectNewExternalTrust(
  histories: readonly ResourceHistory[],
  window: AnomalyWindow,
  options: { knownAccounts?: readonly string[] } = {},
): AnomalySignal[] {
  const roles = histories.filter((history) => history.type === "AWS::IAM::Role");
  const known = new Set(options.knownAccounts ?? []);
  for (const role of roles) {
    for (const version of role.versions) {
      if (version.at < window.since) for (const account of trustedAccounts(version.configuration, role.accountId)) known.add(account);
    }
  }
  const baseline = {
    description: known.size === 0
      ? "No role of this account trusted another AWS account before this window."
      : `Before this window, this account's roles trusted ${known.size} external account${known.size === 1 ? "" : "s"}: ${[...known].sort().join(", ")}.`,
    value: known.size,
    observations: known.size,
  };
  const signals: AnomalySignal[] = [];
  for (const role of roles) {
    const first = role.versions[0];
    const steps = transitionsIn(role, window);
    // A role created inside the window has no "before": compare with nothing.
    if (first && first.at >= window.since) steps.unshift({ before: {}, after: first.configuration, at: first.at });
    for (const { before, after, at } of steps) {
      const previous = trustedAccounts(before, role.accountId);
      const added = [...trustedAccounts(after, role.accountId)].filter((account) => !previous.has(account) && !known.has(account)).sort();
      if (added.length === 0) continue;
      signals.push({
        kind: "new_external_trust",
        accountId: role.accountId,
        resourceArn: role.arn,
        resourceName: role.name,
        at,
        summary: `${role.name} now trusts unknown account${added.length === 1 ? "" : "s"} ${added.join(", ")}`,
        explanation: `The trust policy of ${role.name} lets ${added.join(", ")} assume it; no role of this account trusted ${added.length === 1 ? "that account" : "those accounts"} before.`,
        observed: added.length,
        baseline,
      });
    }
  }
  return signals;
}
