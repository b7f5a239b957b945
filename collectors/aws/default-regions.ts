/**
 * Regions enabled by default in every commercial AWS account: scanned when the account's
 * enabled regions cannot be listed (account:ListRegions denied).
 */
export const DEFAULT_ENABLED_REGIONS = [
  "us-east-1", "us-east-2", "us-west-1", "us-west-2",
  "ca-central-1", "sa-east-1",
  "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1",
  "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2",
] as const;
