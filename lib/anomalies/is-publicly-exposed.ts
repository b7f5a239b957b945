/**
 * Whether a bucket or key is open to anyone, judged from its own configuration: a bucket policy AWS
 * reports as public (PolicyStatus) or public ACL grants, minus what the bucket's Block Public Access
 * neutralises; a key policy with a public grant. (The account-level block is not part of a bucket's
 * history, so it is not applied here; the checks apply it.)
 */
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

const PUBLIC_GROUPS = new Set([
  "http://acs.amazonaws.com/groups/global/AllUsers",
  "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
]);

export const EXPOSABLE_TYPES = new Set(["AWS::S3::Bucket", "AWS::KMS::Key"]);

export function isPubliclyExposed(type: string, configuration: Record<string, unknown>, accountId: string): boolean {
  if (type === "AWS::KMS::Key") {
    return classifyResourcePolicy(configuration.KeyPolicy, { accountId, service: "kms" }).grants.some((grant) => grant.scope === "public");
  }
  if (type !== "AWS::S3::Bucket") return false;
  const block = (configuration.PublicAccessBlock ?? {}) as { IgnorePublicAcls?: boolean; RestrictPublicBuckets?: boolean };
  const policyPublic = (configuration.PolicyStatus as { IsPublic?: boolean } | null)?.IsPublic === true && block.RestrictPublicBuckets !== true;
  const grants = ((configuration.Acl as { Grants?: { Grantee?: { URI?: string } }[] } | null)?.Grants ?? []);
  const aclPublic = grants.some((grant) => PUBLIC_GROUPS.has(grant.Grantee?.URI ?? "")) && block.IgnorePublicAcls !== true;
  return policyPublic || aclPublic;
}
