import type { AwsServiceId, ClientFactory } from "@/collectors/aws/aws-service";
import { newAwsClient } from "@/collectors/aws/new-aws-client";
import type { CollectionSink } from "@/collectors/collection-sink";
import type { CollectContext } from "@/collectors/core/collect-context";

/** Plain SDK clients (no gate, fake credentials) for tests that mock `send` with aws-sdk-client-mock. */
export function createTestContext(sink: CollectionSink, accountId = "123456789012"): CollectContext {
  const clients = new Map<string, unknown>();
  const factory: ClientFactory = {
    client<S extends AwsServiceId>(service: S, region: string) {
      const key = `${service}:${region}`;
      if (!clients.has(key)) {
        clients.set(key, newAwsClient(service, { region, credentials: { accessKeyId: "TEST", secretAccessKey: "TEST" }, maxAttempts: 1 }));
      }
      return clients.get(key) as never;
    },
  };
  return { accountId, clients: factory, sink, resourceConcurrency: 4, secretPatterns: [], credentialReportPollMs: 0, lastAccessedPollMs: 0, principalConcurrency: 8 };
}
