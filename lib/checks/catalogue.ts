import type { CheckDefinition } from "@/lib/checks/check-definition";
import { iamAccessAnalyzerEnabled } from "@/lib/checks/iam/iam-access-analyzer-enabled";
import { iamCloudShellFullAccessRestricted } from "@/lib/checks/iam/iam-cloudshell-full-access-restricted";
import { iamCustomerPolicyNoKmsDecryptAll } from "@/lib/checks/iam/iam-customer-policy-no-kms-decrypt-all";
import { iamCustomerPolicyNoServiceWildcard } from "@/lib/checks/iam/iam-customer-policy-no-service-wildcard";
import { iamUserInlinePolicyNoFullAdmin, iamRoleInlinePolicyNoFullAdmin, iamGroupInlinePolicyNoFullAdmin } from "@/lib/checks/iam/iam-inline-policy-no-full-admin";
import { iamUserInlinePolicyNoKmsDecryptAll, iamRoleInlinePolicyNoKmsDecryptAll, iamGroupInlinePolicyNoKmsDecryptAll } from "@/lib/checks/iam/iam-inline-policy-no-kms-decrypt-all";
import { iamPasswordPolicyComplexity } from "@/lib/checks/iam/iam-password-policy-complexity";
import { iamPasswordPolicyExpiry } from "@/lib/checks/iam/iam-password-policy-expiry";
import { iamPasswordPolicyMinimumLength } from "@/lib/checks/iam/iam-password-policy-minimum-length";
import { iamPasswordPolicyReuse } from "@/lib/checks/iam/iam-password-policy-reuse";
import { iamPolicyFullAdminAttached } from "@/lib/checks/iam/iam-policy-full-admin-attached";
import { iamRoleCrossAccountExternalId } from "@/lib/checks/iam/iam-role-cross-account-external-id";
import { iamRoleTrustNotPublic } from "@/lib/checks/iam/iam-role-trust-not-public";
import { iamRootAccessKeyAbsent } from "@/lib/checks/iam/iam-root-access-key-absent";
import { iamRootHardwareMfaEnabled } from "@/lib/checks/iam/iam-root-hardware-mfa-enabled";
import { iamRootMfaEnabled } from "@/lib/checks/iam/iam-root-mfa-enabled";
import { iamRootNotUsedRecently } from "@/lib/checks/iam/iam-root-not-used-recently";
import { iamServerCertificateNotExpired } from "@/lib/checks/iam/iam-server-certificate-not-expired";
import { iamSupportRoleExists } from "@/lib/checks/iam/iam-support-role-exists";
import { iamUserAccessKeyRotated } from "@/lib/checks/iam/iam-user-access-key-rotated";
import { iamUserAccessKeyUnused } from "@/lib/checks/iam/iam-user-access-key-unused";
import { iamUserConsoleAccessUnused } from "@/lib/checks/iam/iam-user-console-access-unused";
import { iamUserConsoleMfaEnabled } from "@/lib/checks/iam/iam-user-console-mfa-enabled";
import { iamUserNoDirectPolicies } from "@/lib/checks/iam/iam-user-no-direct-policies";
import { iamUserSingleActiveAccessKey } from "@/lib/checks/iam/iam-user-single-active-access-key";
import { s3AccessPointPublicAccessBlock } from "@/lib/checks/s3/s3-access-point-public-access-block";
import { s3AccountPublicAccessBlock } from "@/lib/checks/s3/s3-account-public-access-block";
import { s3BucketAclsDisabled } from "@/lib/checks/s3/s3-bucket-acls-disabled";
import { s3BucketCrossRegionReplication } from "@/lib/checks/s3/s3-bucket-cross-region-replication";
import { s3BucketDefaultEncryption } from "@/lib/checks/s3/s3-bucket-default-encryption";
import { s3BucketKmsEncryption } from "@/lib/checks/s3/s3-bucket-kms-encryption";
import { s3BucketLifecycleConfigured } from "@/lib/checks/s3/s3-bucket-lifecycle-configured";
import { s3BucketMfaDelete } from "@/lib/checks/s3/s3-bucket-mfa-delete";
import { s3BucketNoCrossAccountAccess } from "@/lib/checks/s3/s3-bucket-no-cross-account-access";
import { s3BucketNoPublicRead } from "@/lib/checks/s3/s3-bucket-no-public-read";
import { s3BucketNoPublicWrite } from "@/lib/checks/s3/s3-bucket-no-public-write";
import { s3BucketObjectLock } from "@/lib/checks/s3/s3-bucket-object-lock";
import { s3BucketPublicAccessBlock } from "@/lib/checks/s3/s3-bucket-public-access-block";
import { s3BucketServerAccessLogging } from "@/lib/checks/s3/s3-bucket-server-access-logging";
import { s3BucketTlsOnly } from "@/lib/checks/s3/s3-bucket-tls-only";
import { s3BucketVersioningEnabled } from "@/lib/checks/s3/s3-bucket-versioning-enabled";
import { lambdaFunctionDeadLetterQueue } from "@/lib/checks/lambda/lambda-function-dead-letter-queue";
import { lambdaFunctionInVpc } from "@/lib/checks/lambda/lambda-function-in-vpc";
import { lambdaFunctionNoCrossAccountAccess } from "@/lib/checks/lambda/lambda-function-no-cross-account-access";
import { lambdaFunctionNoSecretsInEnvironment } from "@/lib/checks/lambda/lambda-function-no-secrets-in-environment";
import { lambdaFunctionNotPublic } from "@/lib/checks/lambda/lambda-function-not-public";
import { lambdaFunctionRoleNotAdmin } from "@/lib/checks/lambda/lambda-function-role-not-admin";
import { lambdaFunctionRuntimeDeprecationSoon } from "@/lib/checks/lambda/lambda-function-runtime-deprecation-soon";
import { lambdaFunctionRuntimeSupported } from "@/lib/checks/lambda/lambda-function-runtime-supported";
import { lambdaFunctionTracingEnabled } from "@/lib/checks/lambda/lambda-function-tracing-enabled";
import { lambdaFunctionUrlNotPublic } from "@/lib/checks/lambda/lambda-function-url-not-public";
import { lambdaFunctionVpcMultiAz } from "@/lib/checks/lambda/lambda-function-vpc-multi-az";
import { lambdaLayerNotPublic } from "@/lib/checks/lambda/lambda-layer-not-public";
import { kmsKeyGrantsNoCrossAccount } from "@/lib/checks/kms/kms-key-grants-no-cross-account";
import { kmsKeyNoCrossAccountAccess } from "@/lib/checks/kms/kms-key-no-cross-account-access";
import { kmsKeyNotDisabled } from "@/lib/checks/kms/kms-key-not-disabled";
import { kmsKeyNotPendingDeletion } from "@/lib/checks/kms/kms-key-not-pending-deletion";
import { kmsKeyNotPublic } from "@/lib/checks/kms/kms-key-not-public";
import { kmsKeyRotationEnabled } from "@/lib/checks/kms/kms-key-rotation-enabled";

/** Every check Vigil runs, in display order (IAM, S3, Lambda, KMS). */
export const CHECKS: readonly CheckDefinition[] = [
  iamAccessAnalyzerEnabled,
  iamCloudShellFullAccessRestricted,
  iamCustomerPolicyNoKmsDecryptAll,
  iamCustomerPolicyNoServiceWildcard,
  iamUserInlinePolicyNoFullAdmin,
  iamRoleInlinePolicyNoFullAdmin,
  iamGroupInlinePolicyNoFullAdmin,
  iamUserInlinePolicyNoKmsDecryptAll,
  iamRoleInlinePolicyNoKmsDecryptAll,
  iamGroupInlinePolicyNoKmsDecryptAll,
  iamPasswordPolicyComplexity,
  iamPasswordPolicyExpiry,
  iamPasswordPolicyMinimumLength,
  iamPasswordPolicyReuse,
  iamPolicyFullAdminAttached,
  iamRoleCrossAccountExternalId,
  iamRoleTrustNotPublic,
  iamRootAccessKeyAbsent,
  iamRootHardwareMfaEnabled,
  iamRootMfaEnabled,
  iamRootNotUsedRecently,
  iamServerCertificateNotExpired,
  iamSupportRoleExists,
  iamUserAccessKeyRotated,
  iamUserAccessKeyUnused,
  iamUserConsoleAccessUnused,
  iamUserConsoleMfaEnabled,
  iamUserNoDirectPolicies,
  iamUserSingleActiveAccessKey,
  s3AccessPointPublicAccessBlock,
  s3AccountPublicAccessBlock,
  s3BucketAclsDisabled,
  s3BucketCrossRegionReplication,
  s3BucketDefaultEncryption,
  s3BucketKmsEncryption,
  s3BucketLifecycleConfigured,
  s3BucketMfaDelete,
  s3BucketNoCrossAccountAccess,
  s3BucketNoPublicRead,
  s3BucketNoPublicWrite,
  s3BucketObjectLock,
  s3BucketPublicAccessBlock,
  s3BucketServerAccessLogging,
  s3BucketTlsOnly,
  s3BucketVersioningEnabled,
  lambdaFunctionDeadLetterQueue,
  lambdaFunctionInVpc,
  lambdaFunctionNoCrossAccountAccess,
  lambdaFunctionNoSecretsInEnvironment,
  lambdaFunctionNotPublic,
  lambdaFunctionRoleNotAdmin,
  lambdaFunctionRuntimeDeprecationSoon,
  lambdaFunctionRuntimeSupported,
  lambdaFunctionTracingEnabled,
  lambdaFunctionUrlNotPublic,
  lambdaFunctionVpcMultiAz,
  lambdaLayerNotPublic,
  kmsKeyGrantsNoCrossAccount,
  kmsKeyNoCrossAccountAccess,
  kmsKeyNotDisabled,
  kmsKeyNotPendingDeletion,
  kmsKeyNotPublic,
  kmsKeyRotationEnabled,
];

/** A check by id, or undefined. */
export function findCheck(id: string): CheckDefinition | undefined {
  return CHECKS.find((c) => c.id === id);
}
