import type { CheckDefinition, ComplianceMapping } from "@/lib/checks/check-definition";
import { findVigilEquivalents } from "@/lib/checks/prowler-equivalents";
import nist from "@/lib/compliance/data/nist-800-53-r5.json";
import { iamAccessAnalyzerEnabled } from "@/lib/checks/iam/iam-access-analyzer-enabled";
import { iamCloudShellFullAccessRestricted } from "@/lib/checks/iam/iam-cloudshell-full-access-restricted";
import { iamCustomerPolicyNoKmsDecryptAll } from "@/lib/checks/iam/iam-customer-policy-no-kms-decrypt-all";
import { iamCustomerPolicyNoServiceWildcard } from "@/lib/checks/iam/iam-customer-policy-no-service-wildcard";
import { iamUserInlinePolicyNoFullAdmin, iamRoleInlinePolicyNoFullAdmin, iamGroupInlinePolicyNoFullAdmin } from "@/lib/checks/iam/iam-inline-policy-no-full-admin";
import { iamUserInlinePolicyNoKmsDecryptAll, iamRoleInlinePolicyNoKmsDecryptAll, iamGroupInlinePolicyNoKmsDecryptAll } from "@/lib/checks/iam/iam-inline-policy-no-kms-decrypt-all";
import { iamPasswordPolicyLowercase, iamPasswordPolicyNumber, iamPasswordPolicySymbol, iamPasswordPolicyUppercase } from "@/lib/checks/iam/iam-password-policy-character-classes";
import { iamGroupNoAdministratorAccess, iamRoleNoAdministratorAccess, iamUserNoAdministratorAccess } from "@/lib/checks/iam/iam-administrator-access-attached";
import { assumeAnyRoleChecks, cloudTrailFullAccessChecks, kmsFullAccessChecks, marketplaceSubscribeChecks } from "@/lib/checks/iam/iam-identity-policy-rules";
import { iamRoleNoStaleBedrockAccess, iamRoleNoStaleSagemakerAccess, iamUserNoStaleBedrockAccess, iamUserNoStaleSagemakerAccess } from "@/lib/checks/iam/iam-no-stale-ai-service-access";
import { iamAccessAnalyzerTagged, iamRoleTagged, iamUserTagged } from "@/lib/checks/iam/iam-resources-tagged";
import { iamUserAccessKeyUsedOnlyToAssumeRoles } from "@/lib/checks/iam/iam-user-access-key-used-only-to-assume-roles";
import { iamGroupNoPrivilegeEscalation, iamPolicyNoPrivilegeEscalation, iamRoleNoPrivilegeEscalation, iamUserNoPrivilegeEscalation } from "@/lib/checks/iam/iam-no-privilege-escalation";
import { iamCustomerPolicyUnattachedFullAdmin } from "@/lib/checks/iam/iam-customer-policy-unattached-full-admin";
import { iamIdentityFederationConfigured } from "@/lib/checks/iam/iam-identity-federation-configured";
import { iamRoleCrossAccountReadOnlyAccess } from "@/lib/checks/iam/iam-role-cross-account-readonly-access";
import { iamRoleOidcTrustAudienceRestricted } from "@/lib/checks/iam/iam-role-oidc-trust-audience-restricted";
import { iamRoleServiceTrustConfusedDeputy } from "@/lib/checks/iam/iam-role-service-trust-confused-deputy";
import { iamSecurityAuditRoleExists } from "@/lib/checks/iam/iam-security-audit-role-exists";
import { iamUserHardwareMfaEnabled } from "@/lib/checks/iam/iam-user-hardware-mfa-enabled";
import { iamUserNoUnusedInitialAccessKey } from "@/lib/checks/iam/iam-user-no-unused-initial-access-key";
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
import { s3BucketNoPublicList } from "@/lib/checks/s3/s3-bucket-no-public-list";
import { s3BucketPolicyStatusNotPublic } from "@/lib/checks/s3/s3-bucket-policy-status-not-public";
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
import { lambdaFunctionEnvironmentCmkEncryption } from "@/lib/checks/lambda/lambda-function-environment-cmk-encryption";
import { lambdaFunctionNoCrossAccountLayers } from "@/lib/checks/lambda/lambda-function-no-cross-account-layers";
import { lambdaFunctionUrlCorsRestricted } from "@/lib/checks/lambda/lambda-function-url-cors-restricted";
import { lambdaFunctionTagged } from "@/lib/checks/lambda/lambda-function-tagged";
import { kmsKeyGrantsNoCrossAccount } from "@/lib/checks/kms/kms-key-grants-no-cross-account";
import { kmsKeyNoCrossAccountAccess } from "@/lib/checks/kms/kms-key-no-cross-account-access";
import { kmsKeyNotDisabled } from "@/lib/checks/kms/kms-key-not-disabled";
import { kmsKeyNotPendingDeletion } from "@/lib/checks/kms/kms-key-not-pending-deletion";
import { kmsKeyNotPublic } from "@/lib/checks/kms/kms-key-not-public";
import { kmsKeyRotationEnabled } from "@/lib/checks/kms/kms-key-rotation-enabled";
import { kmsKeyNotMultiRegion } from "@/lib/checks/kms/kms-key-not-multi-region";

const DEFINED: readonly CheckDefinition[] = [
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
  iamPasswordPolicyUppercase,
  iamPasswordPolicyLowercase,
  iamPasswordPolicyNumber,
  iamPasswordPolicySymbol,
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
  iamUserHardwareMfaEnabled,
  iamUserNoUnusedInitialAccessKey,
  iamUserNoAdministratorAccess,
  iamGroupNoAdministratorAccess,
  iamRoleNoAdministratorAccess,
  iamCustomerPolicyUnattachedFullAdmin,
  ...kmsFullAccessChecks,
  ...cloudTrailFullAccessChecks,
  ...assumeAnyRoleChecks,
  iamPolicyNoPrivilegeEscalation,
  iamUserNoPrivilegeEscalation,
  iamRoleNoPrivilegeEscalation,
  iamGroupNoPrivilegeEscalation,
  iamRoleCrossAccountReadOnlyAccess,
  iamRoleServiceTrustConfusedDeputy,
  iamRoleOidcTrustAudienceRestricted,
  iamSecurityAuditRoleExists,
  iamIdentityFederationConfigured,
  ...marketplaceSubscribeChecks,
  iamUserNoStaleBedrockAccess,
  iamRoleNoStaleBedrockAccess,
  iamUserNoStaleSagemakerAccess,
  iamRoleNoStaleSagemakerAccess,
  iamUserAccessKeyUsedOnlyToAssumeRoles,
  iamAccessAnalyzerTagged,
  iamRoleTagged,
  iamUserTagged,
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
  s3BucketNoPublicList,
  s3BucketPolicyStatusNotPublic,
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
  lambdaFunctionUrlCorsRestricted,
  lambdaFunctionEnvironmentCmkEncryption,
  lambdaFunctionNoCrossAccountLayers,
  lambdaFunctionTagged,
  kmsKeyGrantsNoCrossAccount,
  kmsKeyNoCrossAccountAccess,
  kmsKeyNotDisabled,
  kmsKeyNotPendingDeletion,
  kmsKeyNotPublic,
  kmsKeyRotationEnabled,
  kmsKeyNotMultiRegion,
];

/**
 * NIST SP 800-53 mappings derived from Prowler's catalogue: a requirement Prowler meets with a check maps to
 * Vigil's equivalent checks (prowler-equivalents.ts), on top of the mappings each check declares itself.
 */
function deriveNistMappings(): Map<string, ComplianceMapping[]> {
  const byCheck = new Map<string, ComplianceMapping[]>();
  for (const requirement of nist.requirements) {
    for (const checkId of new Set(requirement.prowlerChecks.flatMap(findVigilEquivalents))) {
      byCheck.set(checkId, [...(byCheck.get(checkId) ?? []), { framework: nist.id, requirement: requirement.id }]);
    }
  }
  return byCheck;
}

function withDerivedMappings(checks: readonly CheckDefinition[]): CheckDefinition[] {
  const derived = deriveNistMappings();
  return checks.map((check) => {
    const extra = (derived.get(check.id) ?? []).filter((m) => !check.compliance.some((c) => c.framework === m.framework && c.requirement === m.requirement));
    return extra.length === 0 ? check : { ...check, compliance: [...check.compliance, ...extra] };
  });
}

/** Every check Vigil runs, in display order (IAM, S3, Lambda, KMS). */
export const CHECKS: readonly CheckDefinition[] = withDerivedMappings(DEFINED);

/** A check by id, or undefined. */
export function findCheck(id: string): CheckDefinition | undefined {
  return CHECKS.find((c) => c.id === id);
}
