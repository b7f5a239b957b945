/** The DescribeKey fields the KMS checks read. */
export interface KeyMetadata {
  KeyId?: string;
  KeyManager?: string;
  KeyState?: string;
  KeySpec?: string;
  KeyUsage?: string;
  Origin?: string;
  DeletionDate?: string;
  MultiRegion?: boolean;
}

export function isCustomerManaged(meta: KeyMetadata): boolean {
  return meta.KeyManager === "CUSTOMER";
}
