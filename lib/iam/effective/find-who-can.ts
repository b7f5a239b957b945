import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import type { Decision } from "@/lib/iam/evaluate/evaluate-request";
import { evaluatePrincipalRequest } from "@/lib/iam/evaluate/evaluate-principal-request";
import type { IamModel } from "@/lib/iam/model/iam-model";

export interface WhoCanAnswer {
  principal: string;
  kind: "user" | "role";
  decision: "allowed" | "conditional";
  detail: Decision;
}

/**
 * Answers "who can do ACTION on RESOURCE": every user and role of the model for which the request is allowed
 * or conditional, with identity, boundary, SCP and the resource's own policy (trust, bucket, key, function) applied.
 * Principals with no statement for the action's service are skipped without evaluation.
 */
export function findWhoCan(model: IamModel, action: string, resource: string, options: RequestOptions): WhoCanAnswer[] {
  const service = (action.split(":")[0] ?? "").toLowerCase();
  const out: WhoCanAnswer[] = [];
  for (const p of model.principals) {
    const mayHaveStatement = p.policies.some((x) => x.byService.has(service) || x.byService.has("*"));
    const isResourceWithPolicy = resource.startsWith("arn:aws:s3:::") || resource.includes(":lambda:") || resource.includes(":kms:") || action.toLowerCase().startsWith("sts:assumerole");
    if (!mayHaveStatement && !isResourceWithPolicy) continue;
    const detail = evaluatePrincipalRequest(model, p, action, resource, options);
    if (detail.decision !== "denied") out.push({ principal: p.arn, kind: p.kind, decision: detail.decision, detail });
  }
  return out;
}
