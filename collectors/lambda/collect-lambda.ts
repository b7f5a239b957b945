import { paginateListFunctions, type FunctionConfiguration } from "@aws-sdk/client-lambda";
import type { CollectContext } from "@/collectors/core/collect-context";
import { forEachBounded } from "@/collectors/core/for-each-bounded";
import { recordInventoryGap } from "@/collectors/core/record-gap";
import { collectFunction } from "@/collectors/lambda/collect-function";

async function* listFunctions(context: CollectContext, region: string): AsyncGenerator<FunctionConfiguration> {
  const client = context.clients.client("lambda", region);
  try {
    for await (const page of paginateListFunctions({ client }, {})) yield* page.Functions ?? [];
  } catch (error) {
    recordInventoryGap(context, { service: "lambda", region, api: "ListFunctions" }, error);
  }
}

/** Every Lambda function of one region, streamed page by page with bounded detail reads. */
export async function collectLambda(context: CollectContext, region: string): Promise<void> {
  context.sink.progress({ service: "lambda", region, done: false });
  await forEachBounded(listFunctions(context, region), context.resourceConcurrency, (fn) => collectFunction(context, region, fn));
  context.sink.progress({ service: "lambda", region, done: true });
}
