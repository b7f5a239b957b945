import type {
  GroupDetail,
  ManagedPolicyDetail,
  PolicyDetail,
  Role,
  RoleDetail,
  UserDetail,
} from "@aws-sdk/client-iam";
import { decodePolicyDocument } from "@/collectors/aws/decode-policy-document";

// GetAccountAuthorizationDetails returns every document URL-encoded; these decode each one once.

const decodeInline = (list: PolicyDetail[] | undefined) =>
  list?.map((policy) => ({ ...policy, PolicyDocument: decodePolicyDocument(policy.PolicyDocument) }));

const decodeRole = (role: Role) => ({
  ...role,
  AssumeRolePolicyDocument: decodePolicyDocument(role.AssumeRolePolicyDocument),
});

export const decodeUser = (user: UserDetail) => ({ ...user, UserPolicyList: decodeInline(user.UserPolicyList) });

export const decodeGroup = (group: GroupDetail) => ({ ...group, GroupPolicyList: decodeInline(group.GroupPolicyList) });

export const decodeRoleDetail = (role: RoleDetail) => ({
  ...role,
  AssumeRolePolicyDocument: decodePolicyDocument(role.AssumeRolePolicyDocument),
  RolePolicyList: decodeInline(role.RolePolicyList),
  InstanceProfileList: role.InstanceProfileList?.map((profile) => ({
    ...profile,
    Roles: profile.Roles?.map(decodeRole),
  })),
});

export const decodeManagedPolicy = (policy: ManagedPolicyDetail) => ({
  ...policy,
  PolicyVersionList: policy.PolicyVersionList?.map((version) => ({
    ...version,
    Document: decodePolicyDocument(version.Document),
  })),
});
