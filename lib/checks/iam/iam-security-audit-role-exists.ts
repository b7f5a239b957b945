import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { RoleDetail } from "@/lib/checks/iam/iam-configuration";

const SECURITY_AUDIT = "arn:aws:iam::aws:policy/SecurityAudit";

export const iamSecurityAuditRoleExists: CheckDefinition = {
  id: "iam_security_audit_role_exists",
  title: "A role exists for security auditors (SecurityAudit)",
  service: "iam",
  resourceType: "AWS::IAM::RootAccount",
  severity: "low",
  rationale: "Auditors and posture tools (Vigil included) need a read-only view of security configuration; without a dedicated role they end up with ReadOnlyAccess, an administrator's keys, or nothing.",
  remediation: {
    console: ["Open the IAM console > Roles > Create role.", "Trust the auditors' account or identity provider, attach SecurityAudit and name it <role-name>."],
    cli: "aws iam create-role --role-name <role-name> --assume-role-policy-document file://auditor-trust.json\naws iam attach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/SecurityAudit",
    terraform: 'resource "aws_iam_role_policy_attachment" "audit" {\n  role       = "<role-name>"\n  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "CA-7" }],
  evaluate(_resource, { inventory }) {
    const roles = inventory.byType("AWS::IAM::Role");
    if (roles.some((r) => r.configuration._errors && "GetAccountAuthorizationDetails" in r.configuration._errors)) {
      return { status: "unknown", reason: "Some roles could not be read." };
    }
    const audit = roles.filter((r) => ((r.configuration.Role as RoleDetail | undefined)?.AttachedManagedPolicies ?? []).some((p) => p.PolicyArn === SECURITY_AUDIT));
    return audit.length > 0
      ? { status: "pass", reason: `Role(s) ${audit.map((r) => r.name).join(", ")} carry SecurityAudit.` }
      : { status: "fail", reason: "No role has the SecurityAudit policy attached." };
  },
};
