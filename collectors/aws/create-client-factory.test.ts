import { DescribeKeyCommand, ListKeysCommand } from "@aws-sdk/client-kms";
import { describe, expect, it } from "vitest";
import { createClientFactory } from "@/collectors/aws/create-client-factory";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";

/** A request handler that answers KMS JSON responses in order, as the network would. */
function scriptedHandler(responses: Array<{ statusCode: number; headers?: Record<string, string>; body: unknown }>) {
  const requests: unknown[] = [];
  return {
    requests,
    handler: {
      async handle(request: unknown) {
        requests.push(request);
        const next = responses.shift() ?? { statusCode: 500, body: { __type: "InternalFailure" } };
        return {
          response: {
            statusCode: next.statusCode,
            headers: { "content-type": "application/x-amz-json-1.1", ...next.headers },
            body: new TextEncoder().encode(JSON.stringify(next.body)),
          },
        };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
    },
  };
}

describe("createClientFactory", () => {
  it("retries a throttled call with the SDK's own retry and reports every request sent", async () => {
    const { handler, requests } = scriptedHandler([
      { statusCode: 400, body: { __type: "ThrottlingException", message: "Rate exceeded" } },
      { statusCode: 200, body: { Keys: [{ KeyId: "k1" }], Truncated: false } },
    ]);
    const { sink, apiCalls } = createMemorySink();
    const factory = createClientFactory({
      account: { accountId: "123456789012" },
      sink,
      rateLimitPerSecond: 100,
      clientConfig: { requestHandler: handler, credentials: { accessKeyId: "TEST", secretAccessKey: "TEST" } },
    });
    const output = await factory.client("kms", "us-east-1").send(new ListKeysCommand({}));
    expect(output.Keys).toEqual([{ KeyId: "k1" }]);
    expect(requests).toHaveLength(2);
    expect(apiCalls).toEqual([
      { service: "kms", api: "ListKeys" },
      { service: "kms", api: "ListKeys" },
    ]);
  });

  it("hands out one client per service and region", () => {
    const { sink } = createMemorySink();
    const factory = createClientFactory({ account: { accountId: "123456789012" }, sink, rateLimitPerSecond: 10 });
    expect(factory.client("lambda", "eu-west-1")).toBe(factory.client("lambda", "eu-west-1"));
    expect(factory.client("lambda", "eu-west-1")).not.toBe(factory.client("lambda", "us-east-1"));
  });

  it("holds an API at its family's quota without blocking the service's other APIs", async () => {
    const { handler, requests } = scriptedHandler([
      { statusCode: 200, body: { Keys: [], Truncated: false } },
      { statusCode: 200, body: { KeyMetadata: { KeyId: "k1" } } },
      { statusCode: 200, body: { Keys: [], Truncated: false } },
    ]);
    const { sink } = createMemorySink();
    const factory = createClientFactory({
      account: { accountId: "123456789012" },
      sink,
      rateLimitPerSecond: 100,
      // ListKeys: one request a second; DescribeKey: unlimited.
      rateFamily: (service, region, api) => (api === "ListKeys" ? { key: `${service}:${region}:${api}`, requestsPerSecond: 1 } : undefined),
      clientConfig: { requestHandler: handler, credentials: { accessKeyId: "TEST", secretAccessKey: "TEST" } },
    });
    const kms = factory.client("kms", "us-east-1");
    await Promise.all([
      kms.send(new ListKeysCommand({})),
      kms.send(new ListKeysCommand({})),
      kms.send(new DescribeKeyCommand({ KeyId: "k1" })),
    ]);
    const targets = requests.map((request) => (request as { headers: Record<string, string> }).headers["x-amz-target"]);
    // The second ListKeys waits a second for its quota; DescribeKey does not wait behind it.
    expect(targets.indexOf("TrentService.DescribeKey")).toBeLessThan(2);
    expect(targets[2]).toBe("TrentService.ListKeys");
  });
});
