import {
  GetFunctionCodeSigningConfigCommand,
  GetFunctionConcurrencyCommand,
  GetLayerVersionByArnCommand,
  GetLayerVersionPolicyCommand,
  GetPolicyCommand,
  LambdaClient,
  LambdaServiceException,
  ListAliasesCommand,
  ListEventSourceMappingsCommand,
  ListFunctionsCommand,
  ListFunctionUrlConfigsCommand,
  ListTagsCommand,
  ListVersionsByFunctionCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-lambda";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { collectLambda } from "@/collectors/lambda/collect-lambda";
import { parseLayerVersionArn } from "@/collectors/lambda/collect-layer-version";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";
import { createTestContext } from "@/collectors/testing/create-test-context";

const lambda = mockClient(LambdaClient);
afterEach(() => lambda.reset());

const OWN = "arn:aws:lambda:us-east-1:123456789012:layer:utils:3";
const SHARED = "arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:38";
const fn = (name: string, layers: string[]) => ({
  FunctionName: name,
  FunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
  Runtime: "nodejs20.x" as const,
  Layers: layers.map((Arn) => ({ Arn, CodeSize: 1024 })),
});
const notFound = (message: string) => new ResourceNotFoundException({ message, $metadata: { httpStatusCode: 404 } });
const layerOutput = (arn: string) => ({
  Content: { Location: "https://awslambda-us-east-1-layers.s3.us-east-1.amazonaws.com/snapshots/x?X-Amz-Security-Token=SECRET", CodeSha256: "abc=", CodeSize: 1024 },
  LayerArn: arn.replace(/:\d+$/, ""),
  LayerVersionArn: arn,
  Description: "helpers",
  CreatedDate: "2024-02-10T09:15:22.512+0000",
  Version: Number(arn.split(":").pop()),
  CompatibleRuntimes: ["nodejs20.x" as const],
});

function functionDetails() {
  lambda.on(GetPolicyCommand).rejects(notFound("The resource you requested does not exist."));
  lambda.on(ListFunctionUrlConfigsCommand).resolves({ FunctionUrlConfigs: [] });
  lambda.on(GetFunctionConcurrencyCommand).resolves({});
  lambda.on(GetFunctionCodeSigningConfigCommand).resolves({ CodeSigningConfigArn: "", FunctionName: "x" });
  lambda.on(ListEventSourceMappingsCommand).resolves({ EventSourceMappings: [] });
  lambda.on(ListAliasesCommand).resolves({ Aliases: [] });
  lambda.on(ListVersionsByFunctionCommand).resolves({ Versions: [{ Version: "$LATEST" }] });
  lambda.on(ListTagsCommand).resolves({ Tags: {} });
}

describe("Lambda layer versions", () => {
  it("parses layer version ARNs", () => {
    expect(parseLayerVersionArn(SHARED)).toEqual({ layerArn: SHARED.replace(/:38$/, ""), accountId: "580247275435", name: "LambdaInsightsExtension", version: 38 });
    expect(parseLayerVersionArn("arn:aws:lambda:us-east-1:123456789012:function:f")).toBeNull();
  });

  it("reads each used layer version once, with its decoded policy and the layer's account", async () => {
    functionDetails();
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn("a", [OWN, SHARED]), fn("b", [OWN])] });
    lambda.on(GetLayerVersionByArnCommand, { Arn: OWN }).resolves(layerOutput(OWN));
    lambda.on(GetLayerVersionByArnCommand, { Arn: SHARED }).resolves(layerOutput(SHARED));
    lambda.on(GetLayerVersionPolicyCommand, { LayerName: "arn:aws:lambda:us-east-1:123456789012:layer:utils", VersionNumber: 3 }).resolves({
      Policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Sid: "pub", Effect: "Allow", Principal: "*", Action: "lambda:GetLayerVersion", Resource: OWN }] }),
      RevisionId: "r1",
    });
    lambda.on(GetLayerVersionPolicyCommand, { VersionNumber: 38 }).rejects(
      new LambdaServiceException({ name: "AccessDeniedException", $fault: "client", $metadata: { httpStatusCode: 403 }, message: "not authorized" }),
    );
    const { sink, records, gaps } = createMemorySink();
    await collectLambda(createTestContext(sink), "us-east-1");
    const layers = records.filter((record) => record.type === "AWS::Lambda::LayerVersion");
    expect(layers.map((layer) => layer.arn).sort()).toEqual([OWN, SHARED]);
    expect(lambda.commandCalls(GetLayerVersionByArnCommand)).toHaveLength(2);
    const own = layers.find((layer) => layer.arn === OWN)!;
    expect(own).toMatchObject({ region: "us-east-1", name: "utils:3", accountId: "123456789012" });
    expect(own.configuration).toMatchObject({
      LayerAccountId: "123456789012",
      CrossAccount: false,
      Deleted: false,
      Version: 3,
      Content: { CodeSha256: "abc=", CodeSize: 1024 },
      Policy: { Statement: [{ Principal: "*" }] },
    });
    expect((own.configuration.UsedBy as string[]).sort()).toEqual([fn("a", []).FunctionArn, fn("b", []).FunctionArn]);
    const shared = layers.find((layer) => layer.arn === SHARED)!.configuration;
    expect(shared).toMatchObject({ LayerAccountId: "580247275435", CrossAccount: true, _errors: { GetLayerVersionPolicy: "AccessDeniedException" } });
    expect(JSON.stringify(records)).not.toContain("X-Amz-Security-Token");
    // Another account's unreadable policy is expected: no scan gap.
    expect(gaps).toEqual([]);
  });

  it("keeps a deleted layer version (functions still run it) and treats a missing policy as none", async () => {
    functionDetails();
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn("a", [OWN])] });
    lambda.on(GetLayerVersionByArnCommand).rejects(notFound("The resource you requested does not exist."));
    lambda.on(GetLayerVersionPolicyCommand).rejects(notFound("No policy is associated with the given resource."));
    const { sink, records, gaps } = createMemorySink();
    await collectLambda(createTestContext(sink), "us-east-1");
    expect(records.find((record) => record.arn === OWN)!.configuration).toEqual({
      LayerAccountId: "123456789012", CrossAccount: false, UsedBy: [fn("a", []).FunctionArn], Deleted: true, Policy: null,
    });
    expect(gaps).toEqual([]);
  });
});
