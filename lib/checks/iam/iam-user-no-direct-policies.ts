import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { UserDetail } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const iamUserNoDirectPolicies: CheckDefinition = {
  id: "iam_user_no_direct_policies",
  title: "IAM users receive permissions only through groups",
  service: "iam",
  resourceType: "AWS::IAM::User",
  severity: "low",
  rationale: "Permissions attached user by user drift apart and are rarely reviewed; groups (or roles) keep access consistent and auditable.",
  remediation: {
    console: [
      "Open the IAM console > Users and choose <user-name>.",
      "Add the user to a group that carries the needed policies.",
      "On the Permissions tab, remove each policy attached directly to the user.",
    ],
    cli: "aws iam add-user-to-group --user-name <user-name> --group-name <group-name>\naws iam detach-user-policy --user-name <user-name> --policy-arn <policy-arn>\naws iam delete-user-policy --user-name <user-name> --policy-name <inline-policy-name>",
    terraform: 'resource "aws_iam_user_group_membership" "this" {\n  user   = "<user-name>"\n  groups = ["<group-name>"]\n}\n# and remove aws_iam_user_policy / aws_iam_user_policy_attachment resources for <user-name>',
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "7.2.2" },
    { framework: "cis-aws-7.0", requirement: "2.13" },
    { framework: "cis-aws-5.0", requirement: "1.14" },
    { framework: "aws-fsbp", requirement: "IAM.2" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { User: ["GetAccountAuthorizationDetails"] });
    if (missing) return missing;
    const user = resource.configuration.User as UserDetail;
    const attached = (user.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn);
    const inline = (user.UserPolicyList ?? []).map((p) => p.PolicyName);
    if (attached.length === 0 && inline.length === 0) return { status: "pass", reason: "The user has no policies of its own." };
    return {
      status: "fail",
      reason: `The user has ${attached.length} attached and ${inline.length} inline policies of its own.`,
      evidence: { attached, inline },
    };
  },
};
