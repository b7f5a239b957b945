import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import type { CollectionSink } from "@/collectors/collection-sink";
import type { AccountTarget } from "@/collectors/aws/account-target";
import { addRequestGate, createRateQueue, type RequestGate } from "@/collectors/aws/add-request-gate";
import { apiRateFamily, type ApiRateFamily } from "@/collectors/aws/api-rate-limits";
import type { RateLimiter } from "@/collectors/aws/create-token-bucket";
import type { AwsClients, AwsServiceId, ClientFactory } from "@/collectors/aws/aws-service";
import { createAssumeRoleCredentials } from "@/collectors/aws/create-assume-role-credentials";
import { newAwsClient, type AwsClientConfig } from "@/collectors/aws/new-aws-client";
import { processRequestSlots } from "@/collectors/aws/process-request-slots";
import { loadEnv } from "@/lib/env";
import PQueue from "p-queue";

export interface ClientFactoryOptions {
  account: AccountTarget;
  sink: Pick<CollectionSink, "apiCall">;
  /** Courtesy ceiling of requests per second per service in this account (default VIGIL_API_RATE_LIMIT). */
  rateLimitPerSecond?: number;
  /** Requests in flight per service and region. */
  maxConcurrency?: number;
  /** AWS's quota family of each API (default: collectors/aws/api-rate-limits.ts); null disables it. */
  rateFamily?: RateFamilyOf | null;
  maxAttempts?: number;
  requestTimeoutMs?: number;
  /** Merged last into every client's config (tests inject a requestHandler here). */
  clientConfig?: Partial<AwsClientConfig>;
  /** Requests in flight for the whole process (default: processRequestSlots(), shared by every account). */
  slots?: PQueue;
}

/**
 * Real SDK v3 clients for one account. Credentials, endpoints (AWS_ENDPOINT_URL and per-service
 * variables) and profiles come from the SDK's standard configuration; a roleArn is assumed on top.
 */
export function createClientFactory(options: ClientFactoryOptions): ClientFactory {
  const rateLimit = options.rateLimitPerSecond ?? loadEnv().VIGIL_API_RATE_LIMIT;
  const credentials = options.account.roleArn
    ? createAssumeRoleCredentials({ roleArn: options.account.roleArn, externalId: options.account.externalId })
    : fromNodeProviderChain();
  const baseConfig: AwsClientConfig = {
    credentials,
    retryMode: "adaptive",
    maxAttempts: options.maxAttempts ?? 6,
    requestHandler: { requestTimeout: options.requestTimeoutMs ?? 30_000, connectionTimeout: 5_000 },
  };
  return buildClientFactory({
    create: (service, region) => newAwsClient(service, { ...baseConfig, region, ...options.clientConfig }),
    onRequest: options.sink.apiCall.bind(options.sink),
    rateLimitPerSecond: rateLimit,
    maxConcurrency: options.maxConcurrency ?? 16,
    rateFamily: options.rateFamily === undefined ? apiRateFamily : options.rateFamily,
    slots: options.slots,
  });
}

export type RateFamilyOf = (service: string, region: string, api: string) => ApiRateFamily | undefined;

/** Caches one client per (service, region) and gates every request it sends. */
export function buildClientFactory(options: {
  create: <S extends AwsServiceId>(service: S, region: string) => AwsClients[S];
  onRequest: (service: string, api: string) => void;
  rateLimitPerSecond: number;
  maxConcurrency: number;
  rateFamily?: RateFamilyOf | null;
  /** Requests in flight for the whole process (default: processRequestSlots(), shared by every account). */
  slots?: PQueue;
}): ClientFactory {
  const clients = new Map<string, unknown>();
  const rateQueues = new Map<AwsServiceId, RateLimiter | undefined>();
  const familyQueues = new Map<string, RateLimiter | undefined>();
  const slots = options.slots ?? processRequestSlots();
  const familyOf = (service: string, region: string, api: string) => {
    const family = options.rateFamily?.(service, region, api);
    if (!family) return { rate: undefined, priority: 0 };
    if (!familyQueues.has(family.key)) familyQueues.set(family.key, createRateQueue(family.requestsPerSecond));
    return { rate: familyQueues.get(family.key), priority: family.priority ?? 0 };
  };
  return {
    client<S extends AwsServiceId>(service: S, region: string): AwsClients[S] {
      const key = `${service}:${region}`;
      const cached = clients.get(key);
      if (cached) return cached as AwsClients[S];
      if (!rateQueues.has(service)) rateQueues.set(service, createRateQueue(options.rateLimitPerSecond));
      // Looked up once per API of this client, not on every request.
      const byApi = new Map<string, { rate: RateLimiter | undefined; priority: number }>();
      const gate: RequestGate = {
        rate: rateQueues.get(service),
        family: (api) => {
          let family = byApi.get(api);
          if (!family) byApi.set(api, (family = familyOf(service, region, api)));
          return family;
        },
        concurrency: new PQueue({ concurrency: options.maxConcurrency }),
        slots,
      };
      const client = options.create(service, region);
      addRequestGate(client, gate, (api) => options.onRequest(service, api));
      clients.set(key, client);
      return client;
    },
  };
}
