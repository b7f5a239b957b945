import { AccessAnalyzerClient } from "@aws-sdk/client-accessanalyzer";
import { AccountClient } from "@aws-sdk/client-account";
import { IAMClient } from "@aws-sdk/client-iam";
import { KMSClient } from "@aws-sdk/client-kms";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { OrganizationsClient } from "@aws-sdk/client-organizations";
import { S3Client } from "@aws-sdk/client-s3";
import { S3ControlClient } from "@aws-sdk/client-s3-control";
import { STSClient } from "@aws-sdk/client-sts";
import type { AwsClients, AwsServiceId } from "@/collectors/aws/aws-service";

/**
 * The config the collectors pass (region, credentials, retry, timeouts, test handlers); the SDK
 * reads the rest (endpoints, profile) itself. Loosely typed: every client has its own config type.
 */
export type AwsClientConfig = Record<string, unknown>;

/**
 * Constructs a bare SDK v3 client of one service. `cacheMiddleware` makes the client resolve each
 * command's middleware stack once instead of on every request (a sixth of the CPU a request costs):
 * safe because every middleware Vigil adds (request gate, sample and benchmark responders) is added
 * as the client is created, before its first request. Not for S3: its region-redirect middleware
 * keeps per-request state in the handler context, which the cache would share between requests.
 */
export function newAwsClient<S extends AwsServiceId>(service: S, clientConfig: AwsClientConfig): AwsClients[S] {
  const config: AwsClientConfig = service === "s3" ? clientConfig : { cacheMiddleware: true, ...clientConfig };
  const clients: { [K in AwsServiceId]: () => AwsClients[K] } = {
    iam: () => new IAMClient(config as NonNullable<ConstructorParameters<typeof IAMClient>[0]>),
    s3: () => new S3Client({ followRegionRedirects: true, ...config } as NonNullable<ConstructorParameters<typeof S3Client>[0]>),
    s3control: () => new S3ControlClient(config as NonNullable<ConstructorParameters<typeof S3ControlClient>[0]>),
    lambda: () => new LambdaClient(config as NonNullable<ConstructorParameters<typeof LambdaClient>[0]>),
    kms: () => new KMSClient(config as NonNullable<ConstructorParameters<typeof KMSClient>[0]>),
    sts: () => new STSClient(config as NonNullable<ConstructorParameters<typeof STSClient>[0]>),
    account: () => new AccountClient(config as NonNullable<ConstructorParameters<typeof AccountClient>[0]>),
    accessanalyzer: () => new AccessAnalyzerClient(config as NonNullable<ConstructorParameters<typeof AccessAnalyzerClient>[0]>),
    organizations: () => new OrganizationsClient(config as NonNullable<ConstructorParameters<typeof OrganizationsClient>[0]>),
  };
  return clients[service]();
}
