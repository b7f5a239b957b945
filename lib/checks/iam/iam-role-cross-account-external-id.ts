import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { RoleDetail } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";
import { policyStatements } from "@/lib/policy/parse-policy";

const GUARD_KEYS = ["sts:externalid", "aws:multifactorauthpresent", "aws:principalorgid"];

export const iamRoleCrossAccountExternalId: CheckDefinition = {
  id: "iam_role_cross_account_trust_guarded",
  title: "Roles trusted by other accounts require an ExternalId, MFA or organization membership",
  service: "iam",
  resourceType: "AWS::IAM::Role",
  severity: "medium",
  rationale:
    "A role trusted by a third party's whole account can be assumed by anyone there, including on behalf of other customers of that third party (the confused-deputy problem). An sts:ExternalId, MFA or aws:PrincipalOrgID condition narrows who gets in.",
  remediation: {
    console: [
      "Open the IAM console > Roles and choose <role-name>.",
      "On Trust relationships choose Edit trust policy.",
      'Add a Condition { "StringEquals": { "sts:ExternalId": "<external-id>" } } to the statement trusting <trusted-account-id>, or trust a specific role ARN instead of the account root.',
    ],
    cli: 'aws iam update-assume-role-policy --role-name <role-name> --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::<trusted-account-id>:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"<external-id>"}}}]}\'',
    terraform:
      'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::<trusted-account-id>:root"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "sts:ExternalId"\n      values   = ["<external-id>"]\n    }\n  }\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "AC-3" }],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { Role: ["GetAccountAuthorizationDetails"] });
    if (missing) return missing;
    const role = resource.configuration.Role as RoleDetail;
    if ((role.Path ?? "").startsWith("/aws-service-role/")) return { status: "not_applicable", reason: "Service-linked roles are managed by AWS." };
    const statements = policyStatements(role.AssumeRolePolicyDocument, "resource");
    const access = classifyResourcePolicy(role.AssumeRolePolicyDocument, { accountId: resource.accountId || inventory.accountId, service: "sts" });
    const crossAccount = access.grants.filter((g) => g.scope === "cross-account" && (g.principal.kind === "account" || g.principal.kind === "aws-arn"));
    if (crossAccount.length === 0) return { status: "not_applicable", reason: "No other AWS account is trusted by this role." };
    const unguarded = crossAccount.filter((g) => {
      const conditions = statements.find((s) => s.index === g.statementIndex)?.conditions ?? [];
      return !conditions.some((c) => GUARD_KEYS.includes(c.keyLower));
    });
    if (unguarded.length === 0) return { status: "pass", reason: "Every trusted external account must present an ExternalId, MFA or organization membership." };
    return {
      status: "fail",
      reason: `Account(s) ${[...new Set(unguarded.flatMap((g) => g.accounts))].join(", ")} can assume this role without an ExternalId, MFA or organization condition.`,
      evidence: { exposure: "cross-account", principals: unguarded.map((g) => g.principal.value) },
    };
  },
};
