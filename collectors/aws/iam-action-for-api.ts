/**
 * The IAM action that authorises each API the collectors call, per client. Most share the API's
 * name; S3's differ. docs/read-only-role grants exactly these (collectors/read-only-role.test.ts
 * keeps the two in step).
 */
const ACTIONS: Record<string, Record<string, string>> = {
  iam: Object.fromEntries(
    [
      "GetAccountAuthorizationDetails", "GenerateCredentialReport", "GetCredentialReport", "GetAccountSummary",
      "GetAccountPasswordPolicy", "ListVirtualMFADevices", "ListAccessKeys", "GetAccessKeyLastUsed", "ListMFADevices",
      "GetLoginProfile", "ListSAMLProviders", "ListOpenIDConnectProviders", "GetOpenIDConnectProvider", "ListServerCertificates",
      "GenerateServiceLastAccessedDetails", "GetServiceLastAccessedDetails",
    ].map((api) => [api, `iam:${api}`]),
  ),
  s3: {
    ListBuckets: "s3:ListAllMyBuckets",
    GetBucketLocation: "s3:GetBucketLocation",
    GetBucketPolicy: "s3:GetBucketPolicy",
    GetBucketPolicyStatus: "s3:GetBucketPolicyStatus",
    GetBucketAcl: "s3:GetBucketAcl",
    GetPublicAccessBlock: "s3:GetBucketPublicAccessBlock",
    GetBucketOwnershipControls: "s3:GetBucketOwnershipControls",
    GetBucketEncryption: "s3:GetEncryptionConfiguration",
    GetBucketVersioning: "s3:GetBucketVersioning",
    GetBucketLogging: "s3:GetBucketLogging",
    GetObjectLockConfiguration: "s3:GetBucketObjectLockConfiguration",
    GetBucketLifecycleConfiguration: "s3:GetLifecycleConfiguration",
    GetBucketReplication: "s3:GetReplicationConfiguration",
    GetBucketWebsite: "s3:GetBucketWebsite",
    GetBucketCors: "s3:GetBucketCORS",
    GetBucketTagging: "s3:GetBucketTagging",
  },
  s3control: {
    GetPublicAccessBlock: "s3:GetAccountPublicAccessBlock",
    ListAccessPoints: "s3:ListAccessPoints",
    GetAccessPoint: "s3:GetAccessPoint",
    GetAccessPointPolicy: "s3:GetAccessPointPolicy",
    GetAccessPointPolicyStatus: "s3:GetAccessPointPolicyStatus",
  },
  lambda: {
    ...Object.fromEntries(
      [
        "ListFunctions", "GetPolicy", "ListFunctionUrlConfigs", "GetFunctionConcurrency", "GetFunctionCodeSigningConfig",
        "ListEventSourceMappings", "ListAliases", "ListVersionsByFunction", "ListTags", "GetLayerVersionPolicy",
      ].map((api) => [api, `lambda:${api}`]),
    ),
    GetLayerVersionByArn: "lambda:GetLayerVersion",
  },
  kms: Object.fromEntries(
    ["ListKeys", "DescribeKey", "GetKeyPolicy", "GetKeyRotationStatus", "ListAliases", "ListGrants", "ListResourceTags"].map((api) => [api, `kms:${api}`]),
  ),
  account: { ListRegions: "account:ListRegions" },
  accessanalyzer: { ListAnalyzers: "access-analyzer:ListAnalyzers" },
  sts: { GetCallerIdentity: "sts:GetCallerIdentity" },
};

/** The IAM action for `api` on `service`'s client, or undefined when the collectors never call it. */
export function iamActionForApi(service: string, api: string): string | undefined {
  return ACTIONS[service]?.[api];
}

/** Every action the collectors may need (GetCallerIdentity needs no permission and is left out). */
export function collectorIamActions(): string[] {
  return [...new Set(Object.entries(ACTIONS).filter(([service]) => service !== "sts").flatMap(([, apis]) => Object.values(apis)))].sort();
}
