import {
  GetFunctionCodeSigningConfigCommand,
  GetFunctionConcurrencyCommand,
  GetPolicyCommand,
  LambdaClient,
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
import { createMemorySink } from "@/collectors/testing/create-memory-sink";
import { createTestContext } from "@/collectors/testing/create-test-context";

const lambda = mockClient(LambdaClient);
afterEach(() => lambda.reset());

const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const fn = (name: string, Variables?: Record<string, string>) => ({
  FunctionName: name,
  FunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
  Runtime: "python3.7" as const,
  Role: "arn:aws:iam::123456789012:role/fn",
  ...(Variables ? { Environment: { Variables } } : {}),
});
const notFound = () => new ResourceNotFoundException({ message: "The resource you requested does not exist.", $metadata: { httpStatusCode: 404 } });

function functionDetails() {
  lambda.on(GetPolicyCommand).rejects(notFound());
  lambda.on(ListFunctionUrlConfigsCommand).resolves({ FunctionUrlConfigs: [] });
  lambda.on(GetFunctionConcurrencyCommand).resolves({});
  lambda.on(GetFunctionCodeSigningConfigCommand).resolves({ CodeSigningConfigArn: "", FunctionName: "x" });
  lambda.on(ListEventSourceMappingsCommand).resolves({ EventSourceMappings: [] });
  lambda.on(ListAliasesCommand).resolves({ Aliases: [] });
  lambda.on(ListVersionsByFunctionCommand).resolves({ Versions: [{ Version: "$LATEST" }] });
  lambda.on(ListTagsCommand).resolves({ Tags: {} });
}

describe("collectLambda", () => {
  it("follows NextMarker and never stores an environment value", async () => {
    functionDetails();
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn("a", { AWS_SECRET: SECRET, STAGE: "prod" })], NextMarker: "n2" });
    lambda.on(ListFunctionsCommand, { Marker: "n2" }).resolves({ Functions: [fn("b")] });
    lambda.on(GetPolicyCommand, { FunctionName: "b" }).resolves({
      Policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "lambda:InvokeFunctionUrl" }] }),
    });
    const { sink, records, gaps } = createMemorySink();
    await collectLambda(createTestContext(sink), "us-east-1");
    expect(records.map((record) => record.name).sort()).toEqual(["a", "b"]);
    const a = records.find((record) => record.name === "a")!;
    expect(a.configuration).toMatchObject({
      Configuration: { Environment: { VariableNames: ["AWS_SECRET", "STAGE"] } },
      EnvironmentSecrets: [{ name: "AWS_SECRET" }],
      Policy: null,
      Concurrency: null,
      CodeSigningConfigArn: null,
      Versions: ["$LATEST"],
    });
    expect(records.find((record) => record.name === "b")!.configuration.Policy).toMatchObject({ Statement: [{ Principal: "*" }] });
    for (const record of records) {
      const text = JSON.stringify(record);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('"prod"');
    }
    expect(gaps).toEqual([]);
  });

  it("skips a function deleted mid-scan", async () => {
    functionDetails();
    lambda.on(ListFunctionsCommand).resolves({ Functions: [fn("gone"), fn("kept")] });
    lambda.on(ListAliasesCommand, { FunctionName: "gone" }).rejects(notFound());
    const { sink, records, gaps } = createMemorySink();
    await collectLambda(createTestContext(sink), "us-east-1");
    expect(records.map((record) => record.name)).toEqual(["kept"]);
    expect(gaps).toEqual([]);
  });
});
