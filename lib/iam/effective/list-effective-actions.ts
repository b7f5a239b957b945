import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import { buildRequest } from "@/lib/iam/evaluate/build-request";
import type { Decision } from "@/lib/iam/evaluate/evaluate-request";
import { evaluateRequest } from "@/lib/iam/evaluate/evaluate-request";
import { policySetOf } from "@/lib/iam/evaluate/evaluate-principal-request";
import type { PolicyLayer } from "@/lib/iam/effective/group-actions-by-statements";
import { groupActionsByStatements } from "@/lib/iam/effective/group-actions-by-statements";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import type { AccessLevel } from "@/lib/policy/action-catalogue";
import { catalogueActionAt, catalogueSize, expandActionPositions } from "@/lib/policy/action-catalogue";
import type { ParsedPolicy } from "@/lib/policy/parsed-policy";

export interface EffectiveAction {
  action: string;
  /** Lower-case service prefix ("s3"). */
  service: string;
  /** Lower-case action name ("s3:getobject"), for case-insensitive comparisons. */
  key: string;
  accessLevels: AccessLevel[];
  decision: "allowed" | "conditional";
  /** Allowed on every resource ("*"), not only on some. */
  everyResource: boolean;
  /** The evaluation on "some resource", with the granting statements (shared by actions decided alike). */
  detail: Decision;
}

interface ClassDecision {
  some: Decision;
  every: boolean;
}

const memo = new WeakMap<IamModel, Map<string, EffectiveAction[]>>();
const classMemo = new WeakMap<IamModel, Map<string, ClassDecision>>();

let seen = new Uint8Array(0);

/** Catalogue positions of the actions an Allow statement of the identity policies could grant, first seen first. */
function candidatePositions(policies: readonly ParsedPolicy[]): Int32Array {
  if (seen.length !== catalogueSize()) seen = new Uint8Array(catalogueSize());
  const out: number[] = [];
  try {
    for (const policy of policies) {
      for (const s of policy.statements) {
        if (s.effect !== "Allow") continue;
        if (s.notActions) return Int32Array.from({ length: catalogueSize() }, (_, i) => i);
        for (const p of s.actions ?? []) {
          for (const i of expandActionPositions(p)) {
            if (seen[i]) continue;
            seen[i] = 1;
            out.push(i);
          }
        }
      }
    }
    return Int32Array.from(out);
  } finally {
    // The scratch array is shared between calls: leave it all zero.
    for (const i of out) seen[i] = 0;
  }
}

function contextFree(principal: IamPrincipal, model: IamModel): boolean {
  const all = [...principal.policies, ...(principal.boundary ? [principal.boundary] : []), ...model.scps.flat()];
  return all.every((p) => p.statements.every((s) => s.conditions.length === 0 && !(s.resources ?? s.notResources ?? []).some((r) => r.includes("${"))));
}

/**
 * Every action the principal may perform on some resource after boundaries, SCPs and explicit denies,
 * from its identity policies (resource policies that name it are answered by findWhoCan). Actions are grouped
 * by the statements that name them (a request for "*" depends on the action only through them) and each group is
 * evaluated once; principals with the same policies and no condition share one computation.
 */
export function listEffectiveActions(model: IamModel, principal: IamPrincipal, options: RequestOptions): EffectiveAction[] {
  let cache = memo.get(model);
  let classes = classMemo.get(model);
  if (!cache || !classes) {
    cache = new Map();
    classes = new Map();
    memo.set(model, cache);
    classMemo.set(model, classes);
  }
  const free = contextFree(principal, model);
  const key = free ? `${principal.kind}|${principal.policies.map((p) => p.id).sort().join(",")}|${principal.boundary?.id ?? ""}` : null;
  const cached = key ? cache.get(key) : undefined;
  if (cached) return cached;
  const set = policySetOf(model, principal);
  const layers: PolicyLayer[] = [["i", principal.policies], ["b", principal.boundary ? [principal.boundary] : []], ...model.scps.map((level, i): PolicyLayer => [`s${i}:`, level])];
  const scoped = principal.policies.some((p) => p.statements.some((s) => s.effect === "Allow" && !(s.resources ?? []).includes("*")));
  // Without conditions the principal's context cannot change a decision, so groups are shared across principals
  // (a boundary that names none of the action's statements still denies it, hence "bounded" in the key).
  const shared = free ? classes : new Map<string, ClassDecision>();
  const out: EffectiveAction[] = [];
  const candidates = candidatePositions(principal.policies);
  const groups = groupActionsByStatements(layers, candidates);
  const prefix = free ? `${principal.kind}|${scoped}|${principal.boundary ? "bounded" : ""}|` : "";
  const local = new Map<string, ClassDecision>();
  for (const [i, position] of candidates.entries()) {
    const a = catalogueActionAt(position);
    if (!a) continue;
    const statements = groups[i] ?? "";
    let decided = local.get(statements) ?? shared.get(prefix + statements);
    if (!decided) {
      const some = evaluateRequest(set, buildRequest(principal, a.action, "*", options));
      const every = some.decision !== "denied" && (!scoped || evaluateRequest(set, buildRequest(principal, a.action, "*", { ...options, scope: "every" })).decision === some.decision);
      decided = { some, every };
      shared.set(prefix + statements, decided);
    }
    local.set(statements, decided);
    if (decided.some.decision === "denied") continue;
    out.push({ action: a.action, service: a.service, key: a.key, accessLevels: a.accessLevels, decision: decided.some.decision, everyResource: decided.every, detail: decided.some });
  }
  if (key) cache.set(key, out);
  return out;
}
