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
      "AWS::S3::AccessPoint": 2,
      "AWS::Lambda::Function": 5,
      "AWS::Lambda::LayerVersion": 3,
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
    // Every user and role carries its action-level last access; none is missing.
    for (const principal of records.filter((record) => record.type === "AWS::IAM::User" || record.type === "AWS::IAM::Role")) {
      expect(principal.configuration.ServiceLastAccessed, principal.name).toMatchObject({ JobCompletionDate: "2026-11-23T06:00:01.000Z" });
    }
    expect(byName("github-deploy").ServiceLastAccessed).toMatchObject({
      Services: [{ ServiceNamespace: "lambda", LastAuthenticated: "2026-11-22T17:40:00.000Z", TrackedActionsLastAccessed: expect.arrayContaining([{ ActionName: "DeleteFunction" }]) }, { ServiceNamespace: "iam" }],
    });
    // Layers: the account's own (public), another account's (policy unreadable, quietly), one without policy.
    expect(byName("shared-utils:3")).toMatchObject({ CrossAccount: false, Policy: { Statement: [{ Principal: "*" }] }, UsedBy: expect.arrayContaining([expect.stringContaining(":function:payments-webhook")]) });
    expect(byName("LambdaInsightsExtension:38")).toMatchObject({ CrossAccount: true, LayerAccountId: "580247275435", _errors: { GetLayerVersionPolicy: "AccessDeniedException" } });
    expect(byName("pandas-runtime:7")).toMatchObject({ Policy: null, Deleted: false });
    expect(byName("analytics-ap")).toMatchObject({ NetworkOrigin: "Internet", PublicAccessBlockConfiguration: { BlockPublicPolicy: false }, Policy: { Statement: [{ Sid: "partner-read" }] }, PolicyStatus: { IsPublic: false } });
    expect(byName("vpc-reports-ap")).toMatchObject({ VpcConfiguration: { VpcId: "vpc-0a1b2c3d4e5f67890" }, Policy: null, PolicyStatus: null });
    // Environment values never reach a record: only names, and verdicts for secret-like values.
    const serialized = JSON.stringify(records);
    expect(serialized.includes("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).toBe(false);
    expect(serialized.includes("AKIAZQNB3KHGBACKUP07")).toBe(false);
    expect(serialized.includes('"Variables"')).toBe(false);
    // A layer's pre-signed code URL is never stored.
    expect(serialized.includes("X-Amz-Security-Token")).toBe(false);
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
    const result = await collectAccount({ account: { accountId: "123456789012", regions: ["us-east-1", "af-south-1"] }, sink, clients, credentialReportPollMs: 0, lastAccessedPollMs: 0 });
    expect(result.regions).toEqual(["us-east-1"]);
    expect(regionsSeen.has("af-south-1")).toBe(false);
    expect(apiCalls.some((call) => call.api === "ListFunctions")).toBe(true);
  });

  it("skips (does not read) buckets outside the account's configured regions", async () => {
    const { sink, records, apiCalls } = createMemorySink();
    const all = createMemorySink();
    await collectAccount({ account: { accountId: "123456789012" }, sink: all.sink, clients: createSampleClientFactory(all.sink), credentialReportPollMs: 0, lastAccessedPollMs: 0 });
    const euBuckets = all.records.filter((record) => record.type === "AWS::S3::Bucket" && record.region === "eu-west-1").length;
    expect(euBuckets).toBeGreaterThan(0);

    await collectAccount({ account: { accountId: "123456789012", regions: ["us-east-1"] }, sink, clients: createSampleClientFactory(sink), credentialReportPollMs: 0, lastAccessedPollMs: 0 });
    const buckets = records.filter((record) => record.type === "AWS::S3::Bucket");
    expect(buckets.length).toBe(all.records.filter((record) => record.type === "AWS::S3::Bucket").length - euBuckets);
    expect(buckets.every((bucket) => bucket.region === "us-east-1")).toBe(true);
    const policyReads = apiCalls.filter((call) => call.api === "GetBucketPolicy").length;
    expect(policyReads).toBe(buckets.length);
  });

  it("names a failed ListAnalyzers after Access Analyzer, not IAM", async () => {
    const recordings = {
      ...SAMPLE_RECORDINGS,
      accessanalyzer: [{ command: "ListAnalyzers", input: {}, error: { name: "AccessDeniedException", status: 403, message: "denied" } }] as Recording[],
    };
    const { sink, gaps } = createMemorySink();
    await collectAccount({ account: { accountId: "123456789012" }, sink, clients: createSampleClientFactory(sink, recordings), credentialReportPollMs: 0, lastAccessedPollMs: 0 });
    const analyzerGaps = gaps.filter((gap) => gap.api === "ListAnalyzers");
    expect(analyzerGaps.map((gap) => [gap.service, gap.region]).sort()).toEqual([["accessanalyzer", "eu-west-1"], ["accessanalyzer", "us-east-1"]]);
  });

  it("falls back to the default regions with an inventory gap when ListRegions is denied", async () => {
    const recordings = {
      ...SAMPLE_RECORDINGS,
      account: [{ command: "ListRegions", input: {}, error: { name: "AccessDeniedException", status: 403, message: "denied" } }] as Recording[],
    };
    const { sink, gaps } = createMemorySink();
    const result = await collectAccount({ account: { accountId: "123456789012" }, sink, clients: createSampleClientFactory(sink, recordings), credentialReportPollMs: 0, lastAccessedPollMs: 0 });
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
