import type { InventoryView, Verdict } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import type { AclGrant } from "@/lib/checks/s3/bucket-configuration";
import { aclsDisabled, effectivePublicAccessBlock } from "@/lib/checks/s3/bucket-configuration";
import type { PolicyGrant } from "@/lib/policy/classify-resource-policy";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

export type AccessKind = "read" | "write";

const PUBLIC_GROUPS: Record<string, string> = {
  "http://acs.amazonaws.com/groups/global/AllUsers": "everyone",
  "http://acs.amazonaws.com/groups/global/AuthenticatedUsers": "any AWS account",
};
const ACL_KINDS: Record<string, AccessKind[]> = {
  READ: ["read"],
  READ_ACP: ["read"],
  WRITE: ["write"],
  WRITE_ACP: ["write"],
  FULL_CONTROL: ["read", "write"],
};
const LEVEL_KINDS: Record<string, AccessKind> = { Read: "read", List: "read", Write: "write", "Permissions management": "write" };

export interface PublicBucketAccess {
  policyGrants: PolicyGrant[];
  aclGrants: AclGrant[];
  /** Public grants that exist but Block Public Access neutralises. */
  neutralised: string[];
}

/**
 * The bucket's public grants of one kind (read or write) that are in effect, from its policy and ACL,
 * after Block Public Access (bucket OR account), disabled ACLs, conditions and Deny statements.
 * Returns an "unknown" verdict when the policy, ACL or bucket-level block could not be read.
 */
export function findPublicBucketAccess(bucket: ResourceRecord, inventory: InventoryView, kind: AccessKind): PublicBucketAccess | Verdict {
  const missing = requireData(bucket, {
    Policy: ["GetBucketPolicy"],
    Acl: ["GetBucketAcl"],
    PublicAccessBlock: ["GetPublicAccessBlock"],
    OwnershipControls: ["GetBucketOwnershipControls"],
  });
  if (missing) return missing;
  const block = effectivePublicAccessBlock(bucket, inventory);
  const neutralised: string[] = [];

  const policyGrants = classifyResourcePolicy(bucket.configuration.Policy, { accountId: bucket.accountId || inventory.accountId, service: "s3" })
    .grants.filter((g) => g.scope === "public" && g.accessLevels.some((l) => LEVEL_KINDS[l] === kind));
  if (policyGrants.length > 0 && block.RestrictPublicBuckets) neutralised.push("bucket policy (RestrictPublicBuckets)");

  const acl = bucket.configuration.Acl as { Grants?: AclGrant[] } | null;
  const aclGrants = (acl?.Grants ?? []).filter(
    (g) => !!g.Grantee?.URI && g.Grantee.URI in PUBLIC_GROUPS && (ACL_KINDS[g.Permission ?? ""] ?? []).includes(kind),
  );
  const aclIgnored = aclsDisabled(bucket) || block.IgnorePublicAcls;
  if (aclGrants.length > 0 && aclIgnored) neutralised.push(aclsDisabled(bucket) ? "ACL (ACLs disabled)" : "ACL (IgnorePublicAcls)");

  return {
    policyGrants: block.RestrictPublicBuckets ? [] : policyGrants,
    aclGrants: aclIgnored ? [] : aclGrants,
    neutralised,
  };
}

/** Describes an ACL grantee for a reason sentence. */
export function describeAclGrant(grant: AclGrant): string {
  return `${PUBLIC_GROUPS[grant.Grantee?.URI ?? ""] ?? "someone"} (${grant.Permission})`;
}
