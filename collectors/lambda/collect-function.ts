import {
  GetFunctionCodeSigningConfigCommand,
  GetFunctionConcurrencyCommand,
  GetPolicyCommand,
  ListTagsCommand,
  paginateListAliases,
  paginateListEventSourceMappings,
  paginateListFunctionUrlConfigs,
  paginateListVersionsByFunction,
  type FunctionConfiguration,
} from "@aws-sdk/client-lambda";
import { decodePolicyDocument } from "@/collectors/aws/decode-policy-document";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { ResourceDetails, ResourceGoneError } from "@/collectors/core/read-resource-details";
import { redactEnvironment } from "@/collectors/lambda/redact-environment";

async function flatten<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

/** Reads one function's resource policy, URLs, concurrency, signing, triggers, aliases, versions, tags. */
export async function collectFunction(context: CollectContext, region: string, fn: FunctionConfiguration): Promise<void> {
  const arn = fn.FunctionArn;
  const FunctionName = fn.FunctionName;
  if (!arn || !FunctionName) return;
  const client = context.clients.client("lambda", region);
  const details = new ResourceDetails(context, { service: "lambda", region, resourceArn: arn, goneCodes: ["ResourceNotFoundException"] });
  const { Configuration, EnvironmentSecrets } = redactEnvironment(fn, context.secretPatterns);
  details.set("Configuration", Configuration);
  details.set("EnvironmentSecrets", EnvironmentSecrets);
  const paginator = { client };
  try {
    await Promise.all([
      // GetPolicy answers ResourceNotFoundException when the function has no resource policy.
      details.read("Policy", "GetPolicy", async () => decodePolicyDocument((await client.send(new GetPolicyCommand({ FunctionName }))).Policy), {
        notConfigured: { codes: ["ResourceNotFoundException"], value: null },
      }),
      details.read("UrlConfigs", "ListFunctionUrlConfigs", () =>
        flatten(paginateListFunctionUrlConfigs(paginator, { FunctionName }), (page) => page.FunctionUrlConfigs),
      ),
      details.read("Concurrency", "GetFunctionConcurrency", async () => {
        const { ReservedConcurrentExecutions } = await client.send(new GetFunctionConcurrencyCommand({ FunctionName }));
        return ReservedConcurrentExecutions === undefined ? null : { ReservedConcurrentExecutions };
      }),
      details.read("CodeSigningConfigArn", "GetFunctionCodeSigningConfig", async () =>
        (await client.send(new GetFunctionCodeSigningConfigCommand({ FunctionName }))).CodeSigningConfigArn || null,
      ),
      details.read("EventSourceMappings", "ListEventSourceMappings", () =>
        flatten(paginateListEventSourceMappings(paginator, { FunctionName }), (page) => page.EventSourceMappings),
      ),
      details.read("Aliases", "ListAliases", () => flatten(paginateListAliases(paginator, { FunctionName }), (page) => page.Aliases)),
      details.read("Versions", "ListVersionsByFunction", async () => {
        const versions = await flatten(paginateListVersionsByFunction(paginator, { FunctionName }), (page) => page.Versions);
        return versions.map((version) => version.Version).filter((version) => version !== undefined);
      }),
      details.read("Tags", "ListTags", async () => (await client.send(new ListTagsCommand({ Resource: arn }))).Tags ?? {}),
    ]);
  } catch (error) {
    if (error instanceof ResourceGoneError) return;
    throw error;
  }
  await emitResource(context, { arn, region, service: "lambda", type: "AWS::Lambda::Function", name: FunctionName, configuration: details.complete() });
}
