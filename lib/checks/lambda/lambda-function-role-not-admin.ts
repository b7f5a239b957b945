import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { ManagedPolicyDetail, RoleDetail } from "@/lib/checks/iam/iam-configuration";
import { defaultPolicyDocument } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { findAdminStatements } from "@/lib/policy/find-admin-statements";

export const lambdaFunctionRoleNotAdmin: CheckDefinition = {
  id: "lambda_function_role_not_admin",
  title: "Lambda functions do not run with an administrator role",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "high",
  rationale: "Code injection, a vulnerable dependency or a leaked function URL turns into full account takeover when the execution role allows '*' on '*'.",
  remediation: {
    console: ["Open the IAM console > Roles and choose <role-name> (the function's execution role).", "Detach the administrator policy and attach one granting only what <function-name> calls."],
    cli: "aws iam detach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam attach-role-policy --role-name <role-name> --policy-arn <scoped-policy-arn>",
    terraform: 'resource "aws_iam_role_policy_attachment" "fn" {\n  role       = "<role-name>"\n  policy_arn = "<scoped-policy-arn>"\n}',
  },
  compliance: [
    { framework: "nist-800-53-r5", requirement: "AC-6" },
    { framework: "pci-dss-4.0", requirement: "7.2.1" },
  ],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const roleArn = (resource.configuration.Configuration as { Role?: string }).Role;
    const role = roleArn ? inventory.byArn(roleArn) : undefined;
    const detail = role?.configuration.Role as RoleDetail | undefined;
    if (!roleArn || !detail) return { status: "unknown", reason: `The execution role ${roleArn ?? ""} is not in the collected inventory.` };
    const inline = (detail.RolePolicyList ?? []).filter((p) => findAdminStatements(p.PolicyDocument).length > 0).map((p) => p.PolicyName);
    const attached = (detail.AttachedManagedPolicies ?? []).filter((p) => {
      if (p.PolicyArn === "arn:aws:iam::aws:policy/AdministratorAccess") return true;
      const policy = inventory.byArn(p.PolicyArn)?.configuration.Policy as ManagedPolicyDetail | undefined;
      return policy ? findAdminStatements(defaultPolicyDocument(policy)).length > 0 : false;
    });
    const sources = [...inline.map((n) => `inline policy ${n}`), ...attached.map((p) => p.PolicyName ?? p.PolicyArn)];
    return sources.length === 0
      ? { status: "pass", reason: `The execution role ${detail.RoleName} has no '*' on '*' policy.` }
      : { status: "fail", reason: `The execution role ${detail.RoleName} is an administrator through ${sources.join(", ")}.`, evidence: { role: roleArn, sources } };
  },
};
