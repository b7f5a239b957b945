import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { RoleDetail } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

export const iamRoleTrustNotPublic: CheckDefinition = {
  id: "iam_role_trust_not_public",
  title: "No role can be assumed by any AWS account",
  service: "iam",
  resourceType: "AWS::IAM::Role",
  severity: "critical",
  rationale:
    'A trust policy with Principal "*" (or {"AWS": "*"}) and no condition naming an account, organization or source lets any principal in any AWS account assume the role. An sts:ExternalId condition alone does not help: the id is not a secret.',
  remediation: {
    console: [
      "Open the IAM console > Roles and choose <role-name>.",
      "On the Trust relationships tab choose Edit trust policy.",
      'Replace "*" with the account or role ARNs that must assume the role, or add an aws:PrincipalOrgID condition.',
    ],
    cli: 'aws iam update-assume-role-policy --role-name <role-name> --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::<trusted-account-id>:root"},"Action":"sts:AssumeRole"}]}\'',
    terraform:
      'resource "aws_iam_role" "this" {\n  name = "<role-name>"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::<trusted-account-id>:root" } }]\n  })\n}',
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "2.21" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { Role: ["GetAccountAuthorizationDetails"] });
    if (missing) return missing;
    const role = resource.configuration.Role as RoleDetail;
    const access = classifyResourcePolicy(role.AssumeRolePolicyDocument, { accountId: resource.accountId || inventory.accountId, service: "sts" });
    const open = access.grants.filter((g) => g.scope === "public" && g.principal.kind === "anyone");
    if (open.length === 0) return { status: "pass", reason: "The trust policy names who may assume the role." };
    return {
      status: "fail",
      reason: "Any AWS principal in any account can assume this role: the trust policy allows Principal \"*\" without a restricting condition.",
      evidence: { exposure: "public", grants: open },
    };
  },
};
