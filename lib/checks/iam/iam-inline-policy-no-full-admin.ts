import { defineInlineAdminCheck } from "@/lib/checks/iam/define-inline-admin-check";

export const iamUserInlinePolicyNoFullAdmin = defineInlineAdminCheck({
  label: "user",
  resourceType: "AWS::IAM::User",
  detailKey: "User",
  listKey: "UserPolicyList",
  cliVerb: "delete-user-policy",
  terraformType: "aws_iam_user_policy",
});

export const iamRoleInlinePolicyNoFullAdmin = defineInlineAdminCheck({
  label: "role",
  resourceType: "AWS::IAM::Role",
  detailKey: "Role",
  listKey: "RolePolicyList",
  cliVerb: "delete-role-policy",
  terraformType: "aws_iam_role_policy",
});

export const iamGroupInlinePolicyNoFullAdmin = defineInlineAdminCheck({
  label: "group",
  resourceType: "AWS::IAM::Group",
  detailKey: "Group",
  listKey: "GroupPolicyList",
  cliVerb: "delete-group-policy",
  terraformType: "aws_iam_group_policy",
});
