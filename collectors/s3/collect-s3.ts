import type { CollectContext } from "@/collectors/core/collect-context";
import { forEachBounded } from "@/collectors/core/for-each-bounded";
import { collectAccountPublicAccessBlock } from "@/collectors/s3/collect-account-public-access-block";
import { collectBucket } from "@/collectors/s3/collect-bucket";
import { listBuckets } from "@/collectors/s3/list-buckets";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/**
 * Buckets are listed once for the account, then read each in its own region; listing pages are
 * consumed only as fast as bucket details drain, so thousands of buckets stream through.
 */
export async function collectS3(context: CollectContext): Promise<void> {
  context.sink.progress({ service: "s3", region: GLOBAL_REGION, done: false });
  await Promise.all([
    collectAccountPublicAccessBlock(context),
    forEachBounded(listBuckets(context), context.resourceConcurrency, (bucket) => collectBucket(context, bucket)),
  ]);
  context.sink.progress({ service: "s3", region: GLOBAL_REGION, done: true });
}
