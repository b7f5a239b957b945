import type { EffectiveAction } from "@/lib/iam/effective/list-effective-actions";
import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import type { Technique } from "@/lib/iam/escalation/technique";
import { TECHNIQUES } from "@/lib/iam/escalation/technique-catalogue";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import { findUsedActions } from "@/lib/iam/suggestions/find-used-actions";
import type { PolicyJson } from "@/lib/iam/suggestions/narrow-policy";
import { narrowPolicy } from "@/lib/iam/suggestions/narrow-policy";
import { renderTerraform } from "@/lib/iam/suggestions/render-terraform";
import type { SuggestionProof } from "@/lib/iam/suggestions/verify-suggestion";
import { verifySuggestion } from "@/lib/iam/suggestions/verify-suggestion";

export interface RemovedGroup {
  /** privilege-escalation, credentials, permissions-management, write, tagging, read, list */
  risk: string;
  actions: string[];
}

export type Suggestion =
  | { state: "not-enough-evidence"; reason: string }
  | { state: "remove"; reason: string; lastUsed: string | null }
  | { state: "keep"; reason: string }
  | {
      state: "replace";
      reason: string;
      windowDays: number;
      usedActions: string[];
      policy: PolicyJson;
      terraform: string;
      removed: RemovedGroup[];
      proof: SuggestionProof;
    };

const ESCALATION = new Set((TECHNIQUES as Technique[]).flatMap((t) => t.permissions.map((p) => p.action.toLowerCase())));
const CREDENTIALS = /^(iam:(CreateAccessKey|UpdateAccessKey|CreateLoginProfile|UpdateLoginProfile|CreateServiceSpecificCredential)|ecr:GetAuthorizationToken|ec2:GetPasswordData)$/i;

function riskOf(a: EffectiveAction): string {
  if (ESCALATION.has(a.key)) return "privilege-escalation";
  if (CREDENTIALS.test(a.action)) return "credentials";
  for (const level of ["Permissions management", "Write", "Tagging", "Read", "List"] as const) {
    if (a.accessLevels.includes(level)) return level === "Permissions management" ? "permissions-management" : level.toLowerCase();
  }
  return "other";
}

const RISK_ORDER = ["privilege-escalation", "credentials", "permissions-management", "write", "tagging", "read", "list", "other"];

/**
 * Least-privilege suggestion for one principal from its last-accessed data within the window: a replacement
 * policy keeping every used action and the original resource scoping, proved by simulation; "remove" for
 * principals unused for longer than the window; "not-enough-evidence" without usage data.
 */
export function suggestLeastPrivilege(
  model: IamModel,
  principal: IamPrincipal,
  allowed: readonly EffectiveAction[],
  options: RequestOptions & { windowDays: number },
): Suggestion {
  const { now, windowDays } = options;
  const since = now.getTime() - windowDays * 86_400_000;
  const old = (d: string | null) => d === null || Date.parse(d) < since;
  const olderThanWindow = principal.createDate !== null && Date.parse(principal.createDate) < since;
  if (principal.serviceLinked) return { state: "keep", reason: "service-linked or AWS-reserved roles are managed by AWS" };
  if (olderThanWindow && old(principal.lastUsed) && (principal.lastUsed !== null || principal.kind === "role" || principal.accessKeyCount !== null)) {
    return { state: "remove", reason: `not used in the last ${windowDays} days`, lastUsed: principal.lastUsed };
  }
  const data = principal.serviceLastAccessed;
  if (!data) return { state: "not-enough-evidence", reason: "no service-last-accessed data was collected for this principal" };
  if (!olderThanWindow) return { state: "not-enough-evidence", reason: `created less than ${windowDays} days ago: its usage does not cover the window yet` };
  const evidence = findUsedActions(data, allowed, now, windowDays);
  if (evidence.services.size === 0) return { state: "remove", reason: `no service accessed in the last ${windowDays} days`, lastUsed: principal.lastUsed };
  const policy = narrowPolicy(principal.policies, evidence.used);
  const stillAllowed = new Set(policy.Statement.filter((s) => s.Effect === "Allow").flatMap((s) => (Array.isArray(s.Action) ? s.Action : [])).map((a) => a.toLowerCase()));
  const removedActions = allowed.filter((a) => !stillAllowed.has(a.key));
  if (removedActions.length === 0) return { state: "keep", reason: `every allowed action was used in the last ${windowDays} days` };
  const groups = new Map<string, string[]>();
  for (const a of removedActions) {
    const risk = riskOf(a);
    const group = groups.get(risk);
    if (group) group.push(a.action);
    else groups.set(risk, [a.action]);
  }
  return {
    state: "replace",
    reason: `${removedActions.length} allowed actions were not used in the last ${windowDays} days${evidence.serviceLevelOnly.length ? ` (kept whole, tracked per service only: ${evidence.serviceLevelOnly.join(", ")})` : ""}`,
    windowDays,
    usedActions: [...evidence.used].sort(),
    policy,
    terraform: renderTerraform(policy, `${principal.name}-least-privilege`),
    removed: RISK_ORDER.filter((r) => groups.has(r)).map((risk) => ({ risk, actions: (groups.get(risk) ?? []).sort() })),
    proof: verifySuggestion(model, principal, policy, evidence.used, options),
  };
}
