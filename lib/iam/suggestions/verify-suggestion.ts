import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import { buildRequest } from "@/lib/iam/evaluate/build-request";
import { evaluateRequest } from "@/lib/iam/evaluate/evaluate-request";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import { expandActionPattern } from "@/lib/policy/action-catalogue";
import { parsePolicy } from "@/lib/policy/parse-policy";
import type { PolicyJson } from "@/lib/iam/suggestions/narrow-policy";

export interface SuggestionProof {
  verified: boolean;
  /** Used actions the old policies allowed that the suggestion would not. */
  lostUsedActions: string[];
  /** Actions the suggestion allows that the old policies did not (must be none). */
  widenedActions: string[];
  checkedActions: number;
}

/**
 * Proves a suggestion by simulation: with the principal's boundary and SCPs unchanged, every used action the
 * old policies allowed is still allowed, and every action the new policy allows was allowed before, on
 * any resource and on every resource alike.
 */
export function verifySuggestion(model: IamModel, principal: IamPrincipal, suggestion: PolicyJson, used: ReadonlySet<string>, options: RequestOptions): SuggestionProof {
  const next = parsePolicy(suggestion, { kind: "suggested", arn: null, name: `${principal.name} suggestion`, viaGroup: null });
  const before = { identity: principal.policies, boundary: principal.boundary, scps: model.scps };
  const after = { identity: [next], boundary: principal.boundary, scps: model.scps };
  const granted = new Set<string>();
  for (const s of next.statements) if (s.effect === "Allow") for (const p of s.actions ?? []) for (const a of expandActionPattern(p)) granted.add(a.action);
  const lost: string[] = [];
  const widened: string[] = [];
  const actions = new Set([...granted, ...[...used].map((u) => expandActionPattern(u)[0]?.action ?? u)]);
  for (const action of actions) {
    for (const scope of ["some", "every"] as const) {
      const req = buildRequest(principal, action, "*", { ...options, scope });
      const old = evaluateRequest(before, req).decision;
      const now = evaluateRequest(after, req).decision;
      if (used.has(action.toLowerCase()) && old === "allowed" && now !== "allowed" && scope === "some") lost.push(action);
      if (now === "allowed" && old !== "allowed") widened.push(`${action} (${scope} resource)`);
    }
  }
  return { verified: lost.length === 0 && widened.length === 0, lostUsedActions: lost, widenedActions: widened, checkedActions: actions.size };
}
