import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import { buildRequest } from "@/lib/iam/evaluate/build-request";
import type { StatementRef } from "@/lib/iam/evaluate/evaluate-request";
import { evaluateRequest } from "@/lib/iam/evaluate/evaluate-request";
import { policySetOf } from "@/lib/iam/evaluate/evaluate-principal-request";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";

// Actions an administrator must hold on every resource; a Deny, boundary or SCP removing any of them means
// the principal is not a full administrator (though it may still escalate to one).
const SENTINELS = ["iam:AttachRolePolicy", "iam:PutUserPolicy", "iam:CreateAccessKey", "iam:PassRole", "sts:AssumeRole", "ec2:RunInstances", "s3:GetObject", "kms:Decrypt", "lambda:UpdateFunctionCode", "organizations:LeaveOrganization"];

export interface AdminVerdict {
  admin: boolean;
  conditional: boolean;
  statements: StatementRef[];
}

const memo = new WeakMap<IamPrincipal, AdminVerdict>();

/** Full administrator: an Allow of every action on every resource that nothing takes away. */
export function isFullAdmin(model: IamModel, principal: IamPrincipal, options: RequestOptions): AdminVerdict {
  const cached = memo.get(principal);
  if (cached) return cached;
  const grants = principal.policies.filter((p) =>
    p.statements.some((s) => s.effect === "Allow" && (s.actions ?? []).some((a) => a === "*" || a === "*:*") && (s.resources ?? []).includes("*")),
  );
  let verdict: AdminVerdict = { admin: false, conditional: false, statements: [] };
  if (grants.length > 0) {
    const set = policySetOf(model, principal);
    const decisions = SENTINELS.map((a) => evaluateRequest(set, buildRequest(principal, a, "*", { ...options, scope: "every" })));
    if (decisions.every((d) => d.decision !== "denied")) {
      verdict = {
        admin: true,
        conditional: decisions.some((d) => d.decision === "conditional"),
        statements: decisions[0]?.allowedBy.filter((r) => r.effect === "Allow") ?? [],
      };
    }
  }
  memo.set(principal, verdict);
  return verdict;
}
