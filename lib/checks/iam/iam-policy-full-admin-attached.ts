import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { ManagedPolicyDetail } from "@/lib/checks/iam/iam-configuration";
import { defaultPolicyDocument } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { findAdminStatements } from "@/lib/policy/find-admin-statements";

export const iamPolicyFullAdminAttached: CheckDefinition = {
  id: "iam_policy_full_admin_attached",
  title: 'Managed policies granting full "*:*" administrator access are not attached',
  service: "iam",
  resourceType: "AWS::IAM::ManagedPolicy",
  severity: "high",
  rationale:
    "Every principal holding a '*' on '*' policy is an account administrator. AWS-managed policies such as AdministratorAccess are judged by where they are attached, never by existing.",
  remediation: {
    console: [
      "Open the IAM console > Policies and choose <policy-name>.",
      "On Entities attached, review each user, group and role; detach the policy and attach least-privilege policies instead.",
    ],
    cli: "aws iam list-entities-for-policy --policy-arn <policy-arn>\naws iam detach-role-policy --role-name <role-name> --policy-arn <policy-arn>\naws iam detach-user-policy --user-name <user-name> --policy-arn <policy-arn>\naws iam detach-group-policy --group-name <group-name> --policy-arn <policy-arn>",
    terraform: "# Remove the aws_iam_*_policy_attachment resources that attach <policy-arn>, and attach scoped policies instead.",
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "2.14" },
    { framework: "cis-aws-5.0", requirement: "1.15" },
    { framework: "aws-fsbp", requirement: "IAM.1" },
    { framework: "nist-800-53-r5", requirement: "AC-6" },
    { framework: "pci-dss-4.0", requirement: "7.2.1" },
  ],
  evaluate(resource, { analyses }) {
    const missing = requireData(resource, { Policy: ["GetAccountAuthorizationDetails", "GetPolicyVersion"] });
    if (missing) return missing;
    const policy = resource.configuration.Policy as ManagedPolicyDetail;
    const document = defaultPolicyDocument(policy);
    if (document === undefined) return { status: "unknown", reason: "The policy's default version document was not collected." };
    const admin = findAdminStatements(document);
    if (admin.length === 0) return { status: "pass", reason: "The policy does not grant '*' on '*'." };
    const attachments = policy.AttachmentCount ?? 0;
    if (attachments === 0) {
      return { status: "pass", reason: "The policy grants full administrator access but is not attached to anyone.", evidence: { statements: admin.map((s) => s.raw) } };
    }
    // Judged by where it is attached (AWS-managed policies included): the evidence names the users, groups and roles.
    const attachedTo = analyses.iamModel().managedPolicies.get(policy.Arn ?? resource.arn)?.attachedTo ?? [];
    const named = attachedTo.length > 0 ? `: ${attachedTo.slice(0, 3).map((arn) => arn.split(":").slice(5).join(":")).join(", ")}${attachedTo.length > 3 ? ` and ${attachedTo.length - 3} more` : ""}` : "";
    return {
      status: "fail",
      reason: `The policy grants '*' on '*' and is attached to ${attachments} user(s), group(s) or role(s)${named}.`,
      evidence: { AttachmentCount: attachments, attachedTo: attachedTo.slice(0, 50), statements: admin.map((s) => s.raw) },
    };
  },
};
