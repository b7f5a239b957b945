import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { RoleDetail } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

export const iamRoleCrossAccountReadOnlyAccess: CheckDefinition = {
  id: "iam_role_cross_account_readonly_access",
  title: "Roles trusted by other accounts do not carry ReadOnlyAccess",
  service: "iam",
  resourceType: "AWS::IAM::Role",
  severity: "medium",
  rationale: "ReadOnlyAccess reads far more than configuration: S3 objects, DynamoDB items, secrets' metadata and logs. Handing it to another account (often a vendor) exposes the data, not just the setup; SecurityAudit or ViewOnlyAccess usually suffice.",
  remediation: {
    console: ["Open the IAM console > Roles and choose <role-name>.", "Detach ReadOnlyAccess and attach SecurityAudit or ViewOnlyAccess (or a scoped policy) instead."],
    cli: "aws iam detach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess\naws iam attach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/SecurityAudit",
    terraform: 'resource "aws_iam_role_policy_attachment" "audit" {\n  role       = "<role-name>"\n  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"\n}',
  },
  compliance: [
    { framework: "nist-800-53-r5", requirement: "AC-3" },
    { framework: "nist-800-53-r5", requirement: "AC-6" },
  ],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { Role: ["GetAccountAuthorizationDetails"] });
    if (missing) return missing;
    const role = resource.configuration.Role as RoleDetail;
    if (!(role.AttachedManagedPolicies ?? []).some((p) => p.PolicyArn === READ_ONLY)) {
      return { status: "not_applicable", reason: "The role does not have ReadOnlyAccess attached." };
    }
    const access = classifyResourcePolicy(role.AssumeRolePolicyDocument, { accountId: resource.accountId || inventory.accountId, service: "sts" });
    const outside = access.grants.filter((g) => g.scope === "cross-account" || g.scope === "public");
    return outside.length === 0
      ? { status: "pass", reason: "The role has ReadOnlyAccess but only this account can assume it." }
      : { status: "fail", reason: `Account(s) ${[...new Set(outside.flatMap((g) => g.accounts))].join(", ") || "outside this one"} can assume a role with ReadOnlyAccess.`, evidence: { exposure: "cross-account", grants: outside } };
  },
};
