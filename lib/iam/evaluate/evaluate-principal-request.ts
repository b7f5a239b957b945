import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import { buildRequest } from "@/lib/iam/evaluate/build-request";
import type { Decision, PolicySet } from "@/lib/iam/evaluate/evaluate-request";
import { evaluateRequest } from "@/lib/iam/evaluate/evaluate-request";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import type { ParsedPolicy } from "@/lib/policy/parsed-policy";

interface ResourcePolicyEntry {
  policy: ParsedPolicy | null;
  mode: "optional" | "required";
}

const indexes = new WeakMap<IamModel, Map<string, ResourcePolicyEntry>>();

function resourceIndex(model: IamModel): Map<string, ResourcePolicyEntry> {
  let index = indexes.get(model);
  if (!index) {
    index = new Map();
    for (const p of model.principals) if (p.kind === "role") index.set(p.arn, { policy: p.trustPolicy, mode: "required" });
    for (const f of model.functions) index.set(f.arn, { policy: f.policy, mode: "optional" });
    for (const r of model.resources) index.set(r.arn, { policy: r.policy, mode: r.type === "AWS::KMS::Key" ? "required" : "optional" });
    indexes.set(model, index);
  }
  return index;
}

/** The resource policy that takes part in a request, if the engine knows one for the resource. */
export function resourcePolicyFor(model: IamModel, action: string, resource: string): ResourcePolicyEntry | null {
  const index = resourceIndex(model);
  const lower = action.toLowerCase();
  if (resource.includes(":iam::") && resource.includes(":role/")) {
    // A trust policy is the resource policy of sts:AssumeRole* only; iam:* actions on a role ignore it.
    return lower.startsWith("sts:assumerole") ? (index.get(resource) ?? null) : null;
  }
  if (resource.startsWith("arn:aws:s3:::")) {
    const bucket = resource.slice("arn:aws:s3:::".length).split("/")[0] ?? "";
    return index.get(`arn:aws:s3:::${bucket}`) ?? null;
  }
  if (resource.includes(":lambda:")) return index.get(resource.replace(/(:function:[^:]+):.*$/, "$1")) ?? null;
  return index.get(resource) ?? null;
}

/** The policies that decide requests made by a principal (resource policy excluded). */
export function policySetOf(model: IamModel, principal: IamPrincipal): PolicySet {
  return { identity: principal.policies, boundary: principal.boundary, scps: model.scps };
}

/** Decides whether `principal` may perform `action` on `resource`, with every policy that applies. */
export function evaluatePrincipalRequest(
  model: IamModel,
  principal: IamPrincipal,
  action: string,
  resource: string,
  options: RequestOptions,
): Decision {
  const entry = resourcePolicyFor(model, action, resource);
  const policies: PolicySet = { ...policySetOf(model, principal), resource: entry?.policy ?? null, resourceMode: entry?.mode ?? "optional" };
  if (entry && entry.mode === "required" && !entry.policy) policies.resource = null;
  return evaluateRequest(policies, buildRequest(principal, action, resource, options));
}
