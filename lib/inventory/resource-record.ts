/**
 * The contract between collectors and everything downstream: one collected AWS resource,
 * with its configuration kept in the shapes the AWS APIs return (policy documents decoded to objects).
 * See docs/RESOURCE-TYPES.md for the configuration keys of every type.
 */

export const SERVICES = ["iam", "s3", "lambda", "kms"] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Region of resources that belong to no region (IAM, account-wide settings). */
export const GLOBAL_REGION = "global";

export interface ResourceRecord {
  /** Unique within the account; synthetic ARNs for account-wide settings (see docs/RESOURCE-TYPES.md). */
  arn: string;
  accountId: string;
  region: string;
  service: ServiceName;
  /** CloudFormation-style type, e.g. AWS::IAM::Role. */
  type: string;
  name: string;
  /**
   * The API's own shapes. APIs that could not be read for this resource are listed in
   * `_errors` ({ GetBucketPolicy: "AccessDenied" }) so checks can answer "unknown" instead of guessing.
   */
  configuration: ResourceConfiguration;
}

export interface ResourceConfiguration {
  [key: string]: unknown;
  _errors?: Record<string, string>;
}
