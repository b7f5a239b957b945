import type { ParseProblem, ParsedPolicy } from "@/lib/policy/parsed-policy";

/** Service- and action-last-accessed data of one principal (GetServiceLastAccessedDetails shapes). */
export interface ServiceLastAccessed {
  jobCompletionDate: string | null;
  services: {
    namespace: string;
    lastAuthenticated: string | null;
    /** Per-action data where IAM tracks it (TrackedActionsLastAccessed); null when not tracked. */
    actions: { action: string; lastAccessed: string | null }[] | null;
  }[];
}

export interface IamPrincipal {
  arn: string;
  name: string;
  kind: "user" | "role";
  accountId: string;
  path: string;
  createDate: string | null;
  /** Identity policies, inline and managed, including those received through groups (see source.viaGroup). */
  policies: ParsedPolicy[];
  boundary: ParsedPolicy | null;
  /** Roles only. */
  trustPolicy: ParsedPolicy | null;
  groups: string[];
  tags: Record<string, string>;
  /** Roles only: instance profile names (an EC2 instance can run as the role). */
  instanceProfiles: string[];
  /** Users only: number of access keys, null when not collected. */
  accessKeyCount: number | null;
  /** Users only: whether a console password exists, null when not collected. */
  hasLoginProfile: boolean | null;
  /** Last time the principal was used (role last used, password or key last used), null when never or unknown. */
  lastUsed: string | null;
  serviceLastAccessed: ServiceLastAccessed | null;
  /** Service-linked and AWS-reserved roles (paths /aws-service-role/, /aws-reserved/) cannot be changed by customers. */
  serviceLinked: boolean;
}

export interface IamGroup {
  arn: string;
  name: string;
  policies: ParsedPolicy[];
  members: string[];
}

export interface IamManagedPolicy {
  arn: string;
  name: string;
  awsManaged: boolean;
  policy: ParsedPolicy;
  /** Stored versions other than the default (SetDefaultPolicyVersion can switch to them). */
  otherVersions: ParsedPolicy[];
  /** ARNs of the principals and groups it is attached to. */
  attachedTo: string[];
}

export interface IamFunction {
  arn: string;
  name: string;
  roleArn: string | null;
  policy: ParsedPolicy | null;
}

export interface IamResourceWithPolicy {
  arn: string;
  name: string;
  type: "AWS::S3::Bucket" | "AWS::KMS::Key";
  policy: ParsedPolicy | null;
}

export interface IamModel {
  accountIds: string[];
  principals: IamPrincipal[];
  byArn: Map<string, IamPrincipal>;
  groups: Map<string, IamGroup>;
  managedPolicies: Map<string, IamManagedPolicy>;
  functions: IamFunction[];
  resources: IamResourceWithPolicy[];
  /** Service control policies per organisation level, when known (empty: none apply or not collected). */
  scps: ParsedPolicy[][];
  /** Whether Lambda functions were collected (otherwise existing functions are inferred from trusting roles). */
  lambdaCollected: boolean;
  problems: ParseProblem[];
}
