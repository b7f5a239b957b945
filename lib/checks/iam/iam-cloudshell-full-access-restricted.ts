import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { ManagedPolicyDetail } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

const CLOUDSHELL_FULL = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess";

export const iamCloudShellFullAccessRestricted: CheckDefinition = {
  id: "iam_cloudshell_full_access_not_attached",
  title: "AWSCloudShellFullAccess is not attached",
  service: "iam",
  resourceType: "AWS::IAM::ManagedPolicy",
  severity: "medium",
  rationale: "CloudShell full access lets a user upload and download files to a shell inside AWS, a convenient path to move data out; grant narrower CloudShell permissions instead.",
  remediation: {
    console: ["Open the IAM console > Policies > AWSCloudShellFullAccess > Entities attached.", "Detach it from every user, group and role; attach a policy that denies cloudshell:GetFileDownloadUrls and cloudshell:GetFileUploadUrls if CloudShell is needed."],
    cli: "aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess\naws iam detach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess",
    terraform: "# Remove aws_iam_*_policy_attachment resources whose policy_arn is arn:aws:iam::aws:policy/AWSCloudShellFullAccess.",
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "IAM.27" },
    { framework: "cis-aws-7.0", requirement: "2.20" },
    { framework: "cis-aws-5.0", requirement: "1.21" },
  ],
  evaluate(resource) {
    if (resource.arn !== CLOUDSHELL_FULL) return { status: "not_applicable", reason: "This check only concerns AWSCloudShellFullAccess." };
    const missing = requireData(resource, { Policy: ["GetAccountAuthorizationDetails"] });
    if (missing) return missing;
    const count = (resource.configuration.Policy as ManagedPolicyDetail).AttachmentCount ?? 0;
    return count > 0
      ? { status: "fail", reason: `AWSCloudShellFullAccess is attached to ${count} principal(s).`, evidence: { AttachmentCount: count } }
      : { status: "pass", reason: "AWSCloudShellFullAccess is not attached." };
  },
};
