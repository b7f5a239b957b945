import type { InventoryView } from "@/lib/checks/check-definition";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

/** The parts of S3 configurations (docs/RESOURCE-TYPES.md) that the S3 checks read. */

export interface PublicAccessBlock {
  BlockPublicAcls?: boolean;
  IgnorePublicAcls?: boolean;
  BlockPublicPolicy?: boolean;
  RestrictPublicBuckets?: boolean;
}

export interface AclGrant {
  Grantee?: { Type?: string; URI?: string; ID?: string; DisplayName?: string };
  Permission?: string;
}

export const PAB_SETTINGS = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"] as const;

/** The account-level Block Public Access record, if collected. */
export function findAccountPublicAccessBlock(inventory: InventoryView): ResourceRecord | undefined {
  return inventory.byType("AWS::S3::AccountPublicAccessBlock")[0];
}

/** Bucket and account settings combine with OR: a setting is on if either level turns it on. */
export function effectivePublicAccessBlock(bucket: ResourceRecord, inventory: InventoryView): Required<PublicAccessBlock> {
  const own = (bucket.configuration.PublicAccessBlock as PublicAccessBlock | null | undefined) ?? {};
  const account =
    (findAccountPublicAccessBlock(inventory)?.configuration.PublicAccessBlockConfiguration as PublicAccessBlock | null | undefined) ?? {};
  return {
    BlockPublicAcls: !!(own.BlockPublicAcls || account.BlockPublicAcls),
    IgnorePublicAcls: !!(own.IgnorePublicAcls || account.IgnorePublicAcls),
    BlockPublicPolicy: !!(own.BlockPublicPolicy || account.BlockPublicPolicy),
    RestrictPublicBuckets: !!(own.RestrictPublicBuckets || account.RestrictPublicBuckets),
  };
}

/** True when Object Ownership is "bucket owner enforced": ACLs are disabled and ignored. */
export function aclsDisabled(bucket: ResourceRecord): boolean {
  const rules = (bucket.configuration.OwnershipControls as { Rules?: { ObjectOwnership?: string }[] } | null | undefined)?.Rules ?? [];
  return rules.some((r) => r.ObjectOwnership === "BucketOwnerEnforced");
}
