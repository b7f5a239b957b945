import { DescribeKeyCommand, GetKeyPolicyCommand, ListKeysCommand } from "@aws-sdk/client-kms";
import PQueue from "p-queue";
import { describe, expect, it, vi } from "vitest";
import { apiRateFamily } from "@/collectors/aws/api-rate-limits";
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

  it("gives a busy process's free slot to the scarcest quota first, not to the oldest request", async () => {
    const sent: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const bodies: Record<string, unknown> = {
      "TrentService.ListKeys": { Keys: [], Truncated: false },
      "TrentService.DescribeKey": { KeyMetadata: { KeyId: "k1" } },
      "TrentService.GetKeyPolicy": { Policy: "{}" },
    };
    const handler = {
      async handle(request: { headers: Record<string, string> }) {
        const target = request.headers["x-amz-target"] ?? "";
        sent.push(target);
        if (sent.length === 1) await held;
        return {
          response: {
            statusCode: 200,
            headers: { "content-type": "application/x-amz-json-1.1" },
            body: new TextEncoder().encode(JSON.stringify(bodies[target] ?? {})),
          },
        };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
    };
    const { sink } = createMemorySink();
    const factory = createClientFactory({
      account: { accountId: "123456789012" },
      sink,
      rateLimitPerSecond: Number.POSITIVE_INFINITY,
      // One slot for the whole process; GetKeyPolicy's quota is the scarce one.
      slots: new PQueue({ concurrency: 1 }),
      rateFamily: (service, region, api) => ({ key: `${service}:${region}:${api}`, requestsPerSecond: 1_000, priority: api === "GetKeyPolicy" ? 50 : 0 }),
      clientConfig: { requestHandler: handler, credentials: { accessKeyId: "TEST", secretAccessKey: "TEST" } },
    });
    const kms = factory.client("kms", "us-east-1");
    const first = kms.send(new ListKeysCommand({}));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const later = [kms.send(new DescribeKeyCommand({ KeyId: "k1" })), kms.send(new GetKeyPolicyCommand({ KeyId: "k1", PolicyName: "default" }))];
    // Both wait for the one slot; the scarce quota's request is sent first although it came last.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(1);
    release();
    await Promise.all([first, ...later]);
    expect(sent).toEqual(["TrentService.ListKeys", "TrentService.GetKeyPolicy", "TrentService.DescribeKey"]);
  });

  it("ranks account-wide quotas above regional ones, the scarcest first", () => {
    const priority = (service: string, api: string) => apiRateFamily(service, "eu-west-1", api).priority ?? 0;
    expect(priority("iam", "GenerateServiceLastAccessedDetails")).toBeGreaterThan(priority("s3", "GetBucketAcl"));
    expect(priority("s3", "GetBucketAcl")).toBeGreaterThan(priority("lambda", "GetPolicy"));
    expect(priority("kms", "DescribeKey")).toBe(priority("lambda", "GetPolicy"));
  });
});
