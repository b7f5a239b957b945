import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { ManagedPolicyDetail } from "@/lib/checks/iam/iam-configuration";
import { defaultPolicyDocument } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { findAdminStatements } from "@/lib/policy/find-admin-statements";

export const iamCustomerPolicyUnattachedFullAdmin: CheckDefinition = {
  id: "iam_customer_policy_unattached_no_full_admin",
  title: 'Unattached customer-managed policies do not grant full "*:*" administrator access',
  service: "iam",
  resourceType: "AWS::IAM::ManagedPolicy",
  severity: "low",
  rationale: "An unused administrator policy is one attach-policy call away from a new administrator, and hides among legitimate policies; delete it or narrow it.",
  remediation: {
    console: ["Open the IAM console > Policies and choose <policy-name>.", "Confirm Entities attached is empty, then choose Delete (or edit the policy down to what is needed)."],
    cli: "aws iam delete-policy --policy-arn <policy-arn>",
    terraform: "# Remove the aws_iam_policy resource <policy-name>, or narrow its Action and Resource.",
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "IAM.1" },
    { framework: "nist-800-53-r5", requirement: "AC-6" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Policy: ["GetAccountAuthorizationDetails", "GetPolicyVersion"] });
    if (missing) return missing;
    if (resource.configuration.AwsManaged === true) return { status: "not_applicable", reason: "AWS-managed policies are judged where they are attached." };
    const policy = resource.configuration.Policy as ManagedPolicyDetail;
    if ((policy.AttachmentCount ?? 0) > 0) return { status: "not_applicable", reason: "The policy is attached (see iam_policy_full_admin_attached)." };
    const document = defaultPolicyDocument(policy);
    if (document === undefined) return { status: "unknown", reason: "The policy's default version document was not collected." };
    const admin = findAdminStatements(document);
    return admin.length === 0
      ? { status: "pass", reason: "The unattached policy does not grant '*' on '*'." }
      : { status: "fail", reason: "The unattached policy grants '*' on '*'.", evidence: admin.map((s) => s.raw) };
  },
};
