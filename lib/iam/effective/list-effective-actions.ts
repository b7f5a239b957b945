import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import { buildRequest } from "@/lib/iam/evaluate/build-request";
import type { Decision } from "@/lib/iam/evaluate/evaluate-request";
import { evaluateRequest } from "@/lib/iam/evaluate/evaluate-request";
import { policySetOf } from "@/lib/iam/evaluate/evaluate-principal-request";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import type { AccessLevel, CatalogueAction } from "@/lib/iam/policy/action-catalogue";
import { allCatalogueActions, expandActionPattern } from "@/lib/iam/policy/action-catalogue";
import type { ParsedPolicy } from "@/lib/iam/policy/parsed-policy";

export interface EffectiveAction {
  action: string;
  accessLevels: AccessLevel[];
  decision: "allowed" | "conditional";
  /** Allowed on every resource ("*"), not only on some. */
  everyResource: boolean;
  /** The evaluation on "some resource", with the granting statements. */
  detail: Decision;
}

const memo = new WeakMap<IamModel, Map<string, EffectiveAction[]>>();

/** Catalogue actions an Allow statement of the principal's identity policies could grant. */
function candidateActions(policies: readonly ParsedPolicy[]): CatalogueAction[] {
  const seen = new Map<string, CatalogueAction>();
  for (const policy of policies) {
    for (const s of policy.statements) {
      if (s.effect !== "Allow") continue;
      if (s.notActions) return allCatalogueActions();
      for (const p of s.actions ?? []) for (const a of expandActionPattern(p)) seen.set(a.action, a);
    }
  }
  return [...seen.values()];
}

function contextFree(principal: IamPrincipal, model: IamModel): boolean {
  const all = [...principal.policies, ...(principal.boundary ? [principal.boundary] : []), ...model.scps.flat()];
  return all.every((p) => p.statements.every((s) => s.conditions.length === 0 && !(s.resources ?? s.notResources ?? []).some((r) => r.includes("${"))));
}

/**
 * Every action the principal may perform on some resource after boundaries, SCPs and explicit denies,
 * from its identity policies (resource policies that name it are answered by findWhoCan). Principals with
 * the same policies and no condition share one computation.
 */
export function listEffectiveActions(model: IamModel, principal: IamPrincipal, options: RequestOptions): EffectiveAction[] {
  let cache = memo.get(model);
  if (!cache) {
    cache = new Map();
    memo.set(model, cache);
  }
  const key = contextFree(principal, model)
    ? `${principal.kind}|${principal.policies.map((p) => p.id).sort().join(",")}|${principal.boundary?.id ?? ""}`
    : null;
  const cached = key ? cache.get(key) : undefined;
  if (cached) return cached;
  const set = policySetOf(model, principal);
  const scoped = principal.policies.some((p) => p.statements.some((s) => s.effect === "Allow" && !(s.resources ?? []).includes("*")));
  const out: EffectiveAction[] = [];
  for (const a of candidateActions(principal.policies)) {
    const some = evaluateRequest(set, buildRequest(principal, a.action, "*", options));
    if (some.decision === "denied") continue;
    const every = !scoped || evaluateRequest(set, buildRequest(principal, a.action, "*", { ...options, scope: "every" })).decision === some.decision;
    out.push({ action: a.action, accessLevels: a.accessLevels, decision: some.decision, everyResource: every, detail: some });
  }
  if (key) cache.set(key, out);
  return out;
}
