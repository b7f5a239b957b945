import { paginateListKeys, type KeyListEntry } from "@aws-sdk/client-kms";
import type { CollectContext } from "@/collectors/core/collect-context";
import { forEachBounded } from "@/collectors/core/for-each-bounded";
import { recordInventoryGap } from "@/collectors/core/record-gap";
import { collectKey } from "@/collectors/kms/collect-key";
import { listAliasesByKey } from "@/collectors/kms/list-aliases-by-key";

async function* listKeys(context: CollectContext, region: string): AsyncGenerator<KeyListEntry> {
  const client = context.clients.client("kms", region);
  try {
    for await (const page of paginateListKeys({ client }, {})) yield* page.Keys ?? [];
  } catch (error) {
    recordInventoryGap(context, { service: "kms", region, api: "ListKeys" }, error);
  }
}

/** Every KMS key of one region. */
export async function collectKms(context: CollectContext, region: string): Promise<void> {
  context.sink.progress({ service: "kms", region, done: false });
  const aliases = await listAliasesByKey(context, region);
  await forEachBounded(listKeys(context, region), context.resourceConcurrency, (key) => collectKey(context, region, key, aliases));
  context.sink.progress({ service: "kms", region, done: true });
}
