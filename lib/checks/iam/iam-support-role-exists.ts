import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { RoleDetail } from "@/lib/checks/iam/iam-configuration";

const SUPPORT_POLICY = "arn:aws:iam::aws:policy/AWSSupportAccess";

export const iamSupportRoleExists: CheckDefinition = {
  id: "iam_support_role_exists",
  title: "A role exists for managing incidents with AWS Support",
  service: "iam",
  resourceType: "AWS::IAM::RootAccount",
  severity: "low",
  rationale: "During an incident people need to open and follow AWS Support cases without being handed broad permissions or root.",
  remediation: {
    console: [
      "Open the IAM console > Roles > Create role.",
      "Trust your own account (or your identity provider), attach AWSSupportAccess and name it <role-name>.",
    ],
    cli: 'aws iam create-role --role-name <role-name> --assume-role-policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::<account-id>:root"},"Action":"sts:AssumeRole"}]}\'\naws iam attach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    terraform: 'resource "aws_iam_role_policy_attachment" "support" {\n  role       = "<role-name>"\n  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "IAM.18" },
    { framework: "cis-aws-7.0", requirement: "2.15" },
    { framework: "cis-aws-5.0", requirement: "1.16" },
  ],
  evaluate(_resource, { inventory }) {
    const roles = inventory.byType("AWS::IAM::Role");
    if (roles.some((r) => r.configuration._errors && "GetAccountAuthorizationDetails" in r.configuration._errors)) {
      return { status: "unknown", reason: "Some roles could not be read." };
    }
    const support = roles.filter((r) =>
      ((r.configuration.Role as RoleDetail | undefined)?.AttachedManagedPolicies ?? []).some((p) => p.PolicyArn === SUPPORT_POLICY),
    );
    return support.length > 0
      ? { status: "pass", reason: `Role(s) ${support.map((r) => r.name).join(", ")} carry AWSSupportAccess.` }
      : { status: "fail", reason: "No role has the AWSSupportAccess policy attached." };
  },
};
