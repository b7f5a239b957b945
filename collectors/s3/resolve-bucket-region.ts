import { GetBucketLocationCommand } from "@aws-sdk/client-s3";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import type { CollectContext } from "@/collectors/core/collect-context";

/**
 * The bucket's region: ListBuckets' BucketRegion when present, else GetBucketLocation, whose
 * empty constraint means us-east-1 and legacy "EU" means eu-west-1.
 */
export async function resolveBucketRegion(context: CollectContext, bucket: { Name: string; BucketRegion?: string }): Promise<string> {
  if (bucket.BucketRegion) return bucket.BucketRegion;
  const client = context.clients.client("s3", GLOBAL_SERVICE_REGION);
  const { LocationConstraint } = await client.send(new GetBucketLocationCommand({ Bucket: bucket.Name }));
  if (!LocationConstraint) return "us-east-1";
  return LocationConstraint === "EU" ? "eu-west-1" : LocationConstraint;
}
