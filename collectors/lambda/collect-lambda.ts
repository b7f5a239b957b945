import { paginateListFunctions, type FunctionConfiguration } from "@aws-sdk/client-lambda";
import type { CollectContext } from "@/collectors/core/collect-context";
import { forEachBounded } from "@/collectors/core/for-each-bounded";
import { recordInventoryGap } from "@/collectors/core/record-gap";
import { collectFunction } from "@/collectors/lambda/collect-function";
import { collectLayerVersion } from "@/collectors/lambda/collect-layer-version";

async function* listFunctions(context: CollectContext, region: string): AsyncGenerator<FunctionConfiguration> {
  const client = context.clients.client("lambda", region);
  try {
    for await (const page of paginateListFunctions({ client }, {})) yield* page.Functions ?? [];
  } catch (error) {
    recordInventoryGap(context, { service: "lambda", region, api: "ListFunctions" }, error);
  }
}

/**
 * Every Lambda function of one region, streamed page by page with bounded detail reads, then the
 * layer versions those functions use (each read once, however many functions share it).
 */
export async function collectLambda(context: CollectContext, region: string): Promise<void> {
  context.sink.progress({ service: "lambda", region, done: false });
  const layers = new Map<string, string[]>();
  await forEachBounded(listFunctions(context, region), context.resourceConcurrency, (fn) => {
    for (const layer of fn.Layers ?? []) {
      if (layer.Arn && fn.FunctionArn) layers.set(layer.Arn, [...(layers.get(layer.Arn) ?? []), fn.FunctionArn]);
    }
    return collectFunction(context, region, fn);
  });
  await forEachBounded(layers, context.resourceConcurrency, ([arn, usedBy]) => collectLayerVersion(context, region, arn, usedBy));
  context.sink.progress({ service: "lambda", region, done: true });
}
