import { AccountClient, ListRegionsCommand } from "@aws-sdk/client-account";
import { describe, expect, it } from "vitest";
import { mockClient } from "aws-sdk-client-mock";
import type { AwsServiceId } from "@/collectors/aws/aws-service";
import { DEFAULT_ENABLED_REGIONS } from "@/collectors/aws/default-regions";
import { collectAccount } from "@/collectors/collect-account";
import { collectSampleAccount } from "@/collectors/sample/collect-sample-account";
import { createSampleClientFactory } from "@/collectors/sample/create-sample-client-factory";
import { SAMPLE_RECORDINGS, type Recording } from "@/collectors/sample/sample-recordings";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";

describe("the built-in sample account", () => {
  it("collects end to end through the real collectors", async () => {
    const { sink, records, gaps } = createMemorySink();
    const result = await collectSampleAccount(sink);
    expect(result).toEqual({ complete: true, regions: ["eu-west-1", "us-east-1"] });
    const counts: Record<string, number> = {};
    for (const record of records) counts[record.type] = (counts[record.type] ?? 0) + 1;
    expect(counts).toEqual({
      "AWS::IAM::User": 5,
      "AWS::IAM::Group": 2,
      "AWS::IAM::Role": 8,
      "AWS::IAM::ManagedPolicy": 5,
      "AWS::IAM::RootAccount": 1,
      "AWS::IAM::PasswordPolicy": 1,
      "AWS::IAM::SAMLProvider": 1,
      "AWS::IAM::OIDCProvider": 1,
      "AWS::AccessAnalyzer::Analyzer": 1,
      "AWS::S3::Bucket": 8,
      "AWS::S3::AccountPublicAccessBlock": 1,
      "AWS::Lambda::Function": 5,
      "AWS::KMS::Key": 5,
    });
    // The one expected gap: GetBucketPolicy denied on demo-data-lake. The AWS-managed key's
    // denied GetKeyPolicy is recorded on the key only.
    expect(gaps).toEqual([expect.objectContaining({ kind: "detail", api: "GetBucketPolicy", resourceArn: "arn:aws:s3:::demo-data-lake", errorCode: "AccessDenied" })]);
    const byName = (name: string) => records.find((record) => record.name === name)!.configuration;
    expect(byName("b8a9477d-836c-491f-857e-07937918959b")._errors).toEqual({ GetKeyPolicy: "AccessDeniedException" });
    expect(byName("demo-public-assets").Policy).toMatchObject({ Statement: [{ Principal: { AWS: "*" } }] });
    expect(byName("account").PublicAccessBlockConfiguration).toBeNull();
    expect(byName("public-thumbnailer").UrlConfigs).toMatchObject([{ AuthType: "NONE" }]);
    expect(byName("payments-webhook").EnvironmentSecrets).toHaveLength(2);
    expect(byName("root").Credentials).toMatchObject({ access_key_1_active: true });
    // Environment values never reach a record: only names, and verdicts for secret-like values.
    const serialized = JSON.stringify(records);
    expect(serialized.includes("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).toBe(false);
    expect(serialized.includes("AKIAZQNB3KHGBACKUP07")).toBe(false);
    expect(serialized.includes('"Variables"')).toBe(false);
    for (const fn of records.filter((record) => record.type === "AWS::Lambda::Function")) {
      expect(Object.keys((fn.configuration.Configuration as { Environment: object }).Environment)).toEqual(["VariableNames"]);
    }
  });
});

describe("collectAccount regions", () => {
  it("does not scan a configured opt-in region that is disabled in the account", async () => {
    const { sink, apiCalls } = createMemorySink();
    const regionsSeen = new Set<string>();
    const factory = createSampleClientFactory(sink);
    const clients = {
      client<S extends AwsServiceId>(service: S, region: string) {
        regionsSeen.add(region);
        return factory.client(service, region);
      },
    };
    const result = await collectAccount({ account: { accountId: "123456789012", regions: ["us-east-1", "af-south-1"] }, sink, clients, credentialReportPollMs: 0 });
    expect(result.regions).toEqual(["us-east-1"]);
    expect(regionsSeen.has("af-south-1")).toBe(false);
    expect(apiCalls.some((call) => call.api === "ListFunctions")).toBe(true);
  });

  it("falls back to the default regions with an inventory gap when ListRegions is denied", async () => {
    const recordings = {
      ...SAMPLE_RECORDINGS,
      account: [{ command: "ListRegions", input: {}, error: { name: "AccessDeniedException", status: 403, message: "denied" } }] as Recording[],
    };
    const { sink, gaps } = createMemorySink();
    const result = await collectAccount({ account: { accountId: "123456789012" }, sink, clients: createSampleClientFactory(sink, recordings), credentialReportPollMs: 0 });
    expect(result.complete).toBe(false);
    expect(result.regions).toEqual([...DEFAULT_ENABLED_REGIONS].sort());
    expect(gaps).toContainEqual(expect.objectContaining({ kind: "inventory", service: "account", api: "ListRegions" }));
  });

  it("pages ListRegions by NextToken, asking only for enabled regions", async () => {
    const account = mockClient(AccountClient);
    account.on(ListRegionsCommand).resolves({ Regions: [{ RegionName: "us-east-1", RegionOptStatus: "ENABLED_BY_DEFAULT" }], NextToken: "r2" });
    account.on(ListRegionsCommand, { NextToken: "r2" }).resolves({ Regions: [{ RegionName: "ap-east-1", RegionOptStatus: "ENABLED" }] });
    const { discoverRegions } = await import("@/collectors/discover-regions");
    const { createTestContext } = await import("@/collectors/testing/create-test-context");
    const { sink } = createMemorySink();
    expect(await discoverRegions(createTestContext(sink))).toEqual(["ap-east-1", "us-east-1"]);
    expect(account.commandCalls(ListRegionsCommand)[0]!.args[0].input.RegionOptStatusContains).toEqual(["ENABLED", "ENABLED_BY_DEFAULT"]);
    account.restore();
  });
});
