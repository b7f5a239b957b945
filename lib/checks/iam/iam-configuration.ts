/** The parts of IAM configurations (docs/RESOURCE-TYPES.md) that the IAM checks read. */

export interface CredentialRow {
  user?: string;
  password_enabled?: boolean | null;
  password_last_used?: string | null;
  mfa_active?: boolean | null;
  access_key_1_active?: boolean | null;
  access_key_2_active?: boolean | null;
  access_key_1_last_rotated?: string | null;
  access_key_1_last_used_date?: string | null;
  access_key_2_last_used_date?: string | null;
  access_key_2_last_rotated?: string | null;
}

export interface AccessKey {
  AccessKeyId: string;
  Status: string;
  CreateDate?: string;
  LastUsedDate?: string | null;
}

export interface AttachedPolicy {
  PolicyName?: string;
  PolicyArn: string;
}

export interface InlinePolicy {
  PolicyName: string;
  PolicyDocument: unknown;
}

export interface UserDetail {
  UserName: string;
  AttachedManagedPolicies?: AttachedPolicy[];
  UserPolicyList?: InlinePolicy[];
}

export interface RoleDetail {
  RoleName: string;
  Path?: string;
  AssumeRolePolicyDocument?: unknown;
  AttachedManagedPolicies?: AttachedPolicy[];
  RolePolicyList?: InlinePolicy[];
}

export interface GroupDetail {
  GroupName: string;
  AttachedManagedPolicies?: AttachedPolicy[];
  GroupPolicyList?: InlinePolicy[];
}

export interface ManagedPolicyDetail {
  PolicyName: string;
  Arn: string;
  DefaultVersionId?: string;
  AttachmentCount?: number;
  PolicyVersionList?: { VersionId: string; IsDefaultVersion?: boolean; Document: unknown }[];
}

export interface PasswordPolicy {
  MinimumPasswordLength?: number;
  RequireSymbols?: boolean;
  RequireNumbers?: boolean;
  RequireUppercaseCharacters?: boolean;
  RequireLowercaseCharacters?: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  ExpirePasswords?: boolean;
}

/** The document of a managed policy's default version. */
export function defaultPolicyDocument(policy: ManagedPolicyDetail): unknown {
  const versions = policy.PolicyVersionList ?? [];
  return (versions.find((v) => v.IsDefaultVersion) ?? versions.find((v) => v.VersionId === policy.DefaultVersionId))?.Document;
}
