import type { AwsServiceId, ClientFactory } from "@/collectors/aws/aws-service";
import { apiNameOf } from "@/collectors/aws/add-request-gate";
import { apiRateFamily } from "@/collectors/aws/api-rate-limits";
import { buildClientFactory } from "@/collectors/aws/create-client-factory";
import { newAwsClient } from "@/collectors/aws/new-aws-client";
import type { AccountShape } from "./account-shape";
import { simulateIam } from "./simulate-iam";
import { simulateRegional, simulateS3 } from "./simulate-regional";
import { simulatedError } from "./simulated-error";

type Responder = (api: string, input: Record<string, unknown>, region: string) => unknown;

/** Per family: requests AWS served and requests it throttled. */
export interface FamilyStats {
  requestsPerSecond: number;
  served: number;
  throttled: number;
}

interface DeserializeStack {
  add(
    middleware: (next: unknown, context: { commandName?: string }) => (args: { input: Record<string, unknown> }) => Promise<unknown>,
    options: { step: "deserialize"; name: string; priority: "high" },
  ): void;
}

const THROTTLE_NAME: Record<string, string> = { iam: "Throttling", s3: "SlowDown", lambda: "TooManyRequestsException" };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * AWS as the collectors meet it, for one account: answers generated on the fly, a fixed latency,
 * and AWS's per-family quotas enforced by token buckets (capacity one second of rate) that throttle
 * like AWS does. Clients are the real SDK clients behind Vigil's own request gate: the simulated
 * answer replaces the network and the SDK's response parsing (it sits after signing and the gate,
 * where the deserializer would read the HTTP response): the CPU measured is Vigil's, the SDK's
 * request path (serialize, endpoint, sign, retry) and this simulator's, but not XML/JSON parsing.
 */
export function createSimulatedAccount(
  shape: AccountShape,
  options: { latencyMs: number; courtesyRatePerSecond: number; onRequest: (service: string, api: string) => void },
) {
  const iam = simulateIam(shape);
  const s3 = simulateS3(shape);
  const regional = simulateRegional(shape);
  const responders: Record<AwsServiceId, Responder> = {
    iam: (api, input) => iam(api, input),
    s3: (api, input) => s3.s3(api, input),
    s3control: (api, input, region) => s3.s3control(api, input, region),
    lambda: regional.lambda,
    kms: regional.kms,
    accessanalyzer: regional.accessanalyzer,
    account: regional.account,
    sts: () => ({ Account: shape.accountId }),
    organizations: () => ({ Accounts: [] }),
  };
  const families = new Map<string, FamilyStats & { tokens: number; at: number }>();

  function admit(service: string, region: string, api: string): boolean {
    const { key, requestsPerSecond } = apiRateFamily(service, region, api);
    const now = performance.now();
    let family = families.get(key);
    if (!family) families.set(key, (family = { requestsPerSecond, served: 0, throttled: 0, tokens: requestsPerSecond, at: now }));
    family.tokens = Math.min(requestsPerSecond, family.tokens + ((now - family.at) / 1000) * requestsPerSecond);
    family.at = now;
    if (family.tokens < 1) {
      family.throttled += 1;
      return false;
    }
    family.tokens -= 1;
    family.served += 1;
    return true;
  }

  const clients: ClientFactory = buildClientFactory({
    create: (service, region) => {
      const client = newAwsClient(service, {
        region,
        credentials: { accessKeyId: "SIMULATED", secretAccessKey: "SIMULATED" },
        retryMode: "adaptive",
        maxAttempts: 6,
      });
      (client.middlewareStack as unknown as DeserializeStack).add(
        (_next, context) => async (args) => {
          const api = apiNameOf(context.commandName);
          const admitted = admit(service, region, api);
          await sleep(options.latencyMs);
          if (!admitted) throw simulatedError(THROTTLE_NAME[service] ?? "ThrottlingException", 429, "Rate exceeded");
          const output = responders[service](api, args.input, region) as Record<string, unknown>;
          return { output: { ...output, $metadata: { httpStatusCode: 200, requestId: "simulated", attempts: 1, totalRetryDelay: 0 } }, response: {} };
        },
        { step: "deserialize", name: "vigilSimulatedAws", priority: "high" },
      );
      return client;
    },
    onRequest: options.onRequest,
    rateLimitPerSecond: options.courtesyRatePerSecond,
    maxConcurrency: 16,
    rateFamily: apiRateFamily,
  });
  return { clients, families };
}
