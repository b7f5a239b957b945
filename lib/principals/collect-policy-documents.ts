import type { IamModel } from "@/lib/iam/model/iam-model";
import type { PolicyDocument } from "./principal-detail";

/**
 * Every principal's policy documents by ARN, from the engine's model: the engine reports granting
 * statements by reference (source + index), and the pages show them inside their documents.
 */
export function collectPolicyDocuments(model: IamModel): Map<string, PolicyDocument[]> {
  const out = new Map<string, PolicyDocument[]>();
  for (const p of model.principals) {
    const policies = [...p.policies, ...(p.boundary ? [p.boundary] : []), ...(p.trustPolicy ? [p.trustPolicy] : [])];
    out.set(p.arn, policies.map((policy) => ({ source: policy.source, document: policy.document })));
  }
  return out;
}
