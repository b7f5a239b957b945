import { paginateListBuckets, type Bucket } from "@aws-sdk/client-s3";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import type { CollectContext } from "@/collectors/core/collect-context";
import { recordInventoryGap } from "@/collectors/core/record-gap";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/** Streams the account's buckets page by page; a failed listing becomes an inventory gap. */
export async function* listBuckets(context: CollectContext): AsyncGenerator<Bucket> {
  const client = context.clients.client("s3", GLOBAL_SERVICE_REGION);
  try {
    for await (const page of paginateListBuckets({ client }, { MaxBuckets: 1000 })) {
      yield* page.Buckets ?? [];
    }
  } catch (error) {
    recordInventoryGap(context, { service: "s3", region: GLOBAL_REGION, api: "ListBuckets" }, error);
  }
}
