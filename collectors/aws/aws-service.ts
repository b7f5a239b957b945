/** The AWS services the collectors talk to, each created per (service, region) by a ClientFactory. */
import type { AccessAnalyzerClient } from "@aws-sdk/client-accessanalyzer";
import type { AccountClient } from "@aws-sdk/client-account";
import type { IAMClient } from "@aws-sdk/client-iam";
import type { KMSClient } from "@aws-sdk/client-kms";
import type { LambdaClient } from "@aws-sdk/client-lambda";
import type { OrganizationsClient } from "@aws-sdk/client-organizations";
import type { S3Client } from "@aws-sdk/client-s3";
import type { S3ControlClient } from "@aws-sdk/client-s3-control";
import type { STSClient } from "@aws-sdk/client-sts";

export interface AwsClients {
  iam: IAMClient;
  s3: S3Client;
  s3control: S3ControlClient;
  lambda: LambdaClient;
  kms: KMSClient;
  sts: STSClient;
  account: AccountClient;
  accessanalyzer: AccessAnalyzerClient;
  organizations: OrganizationsClient;
}

export type AwsServiceId = keyof AwsClients;

/** Hands out one client per (service, region) of one account; the same instance on every call. */
export interface ClientFactory {
  client<S extends AwsServiceId>(service: S, region: string): AwsClients[S];
}

/** Region used for global services (IAM, Account, Organizations): their endpoints live in us-east-1. */
export const GLOBAL_SERVICE_REGION = "us-east-1";
