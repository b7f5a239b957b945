import {
  GetBucketAclCommand,
  GetBucketCorsCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetBucketWebsiteCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  type Bucket,
} from "@aws-sdk/client-s3";
import { decodePolicyDocument } from "@/collectors/aws/decode-policy-document";
import { errorCode, errorMessage, isProgrammingError } from "@/collectors/aws/error-code";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { ResourceDetails, ResourceGoneError } from "@/collectors/core/read-resource-details";
import { resolveBucketRegion } from "@/collectors/s3/resolve-bucket-region";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

const none = <T>(codes: string[], value: T) => ({ notConfigured: { codes, value } });

/** Reads one bucket's security-relevant settings (in its own region) and emits it. */
export async function collectBucket(context: CollectContext, bucket: Bucket): Promise<void> {
  const Bucket = bucket.Name;
  if (!Bucket) return;
  const arn = `arn:aws:s3:::${Bucket}`;
  let region: string;
  try {
    region = await resolveBucketRegion(context, { Name: Bucket, BucketRegion: bucket.BucketRegion });
  } catch (error) {
    if (isProgrammingError(error)) throw error;
    const code = errorCode(error);
    if (code === "NoSuchBucket") return;
    // Without its region the bucket's settings cannot be read: the bucket itself is still listed.
    context.sink.gap({ kind: "detail", service: "s3", region: GLOBAL_REGION, api: "GetBucketLocation", resourceArn: arn, errorCode: code, message: errorMessage(error) });
    await emitResource(context, {
      arn, region: GLOBAL_REGION, service: "s3", type: "AWS::S3::Bucket", name: Bucket,
      configuration: { Bucket: { Name: Bucket, CreationDate: bucket.CreationDate }, _errors: { GetBucketLocation: code } },
    });
    return;
  }

  // The account is scanned in named regions only: a bucket elsewhere is not read (nor stored).
  if (context.onlyRegions && !context.onlyRegions.has(region)) return;
  const s3 = context.clients.client("s3", region);
  const details = new ResourceDetails(context, { service: "s3", region, resourceArn: arn, goneCodes: ["NoSuchBucket"] });
  details.set("Bucket", { Name: Bucket, CreationDate: bucket.CreationDate, BucketRegion: region });
  const input = { Bucket };
  try {
    await Promise.all([
      details.read("Policy", "GetBucketPolicy", async () => decodePolicyDocument((await s3.send(new GetBucketPolicyCommand(input))).Policy), none(["NoSuchBucketPolicy"], null)),
      details.read("PolicyStatus", "GetBucketPolicyStatus", async () => {
        const { PolicyStatus } = await s3.send(new GetBucketPolicyStatusCommand(input));
        return { IsPublic: PolicyStatus?.IsPublic ?? false };
      }, none(["NoSuchBucketPolicy"], null)),
      details.read("Acl", "GetBucketAcl", async () => {
        const { Owner, Grants } = await s3.send(new GetBucketAclCommand(input));
        return { Owner, Grants };
      }),
      details.read("PublicAccessBlock", "GetPublicAccessBlock", async () => (await s3.send(new GetPublicAccessBlockCommand(input))).PublicAccessBlockConfiguration ?? null, none(["NoSuchPublicAccessBlockConfiguration"], null)),
      details.read("OwnershipControls", "GetBucketOwnershipControls", async () => {
        const { OwnershipControls } = await s3.send(new GetBucketOwnershipControlsCommand(input));
        return OwnershipControls ? { Rules: OwnershipControls.Rules } : null;
      }, none(["OwnershipControlsNotFoundError"], null)),
      details.read("Encryption", "GetBucketEncryption", async () => {
        const { ServerSideEncryptionConfiguration } = await s3.send(new GetBucketEncryptionCommand(input));
        return ServerSideEncryptionConfiguration ? { Rules: ServerSideEncryptionConfiguration.Rules } : null;
      }, none(["ServerSideEncryptionConfigurationNotFoundError"], null)),
      details.read("Versioning", "GetBucketVersioning", async () => {
        const { Status, MFADelete } = await s3.send(new GetBucketVersioningCommand(input));
        return { Status, MFADelete };
      }),
      details.read("Logging", "GetBucketLogging", async () => (await s3.send(new GetBucketLoggingCommand(input))).LoggingEnabled ?? null),
      details.read("ObjectLock", "GetObjectLockConfiguration", async () => (await s3.send(new GetObjectLockConfigurationCommand(input))).ObjectLockConfiguration ?? null, none(["ObjectLockConfigurationNotFoundError"], null)),
      details.read("Lifecycle", "GetBucketLifecycleConfiguration", async () => {
        const { Rules } = await s3.send(new GetBucketLifecycleConfigurationCommand(input));
        return { Rules };
      }, none(["NoSuchLifecycleConfiguration"], null)),
      details.read("Replication", "GetBucketReplication", async () => (await s3.send(new GetBucketReplicationCommand(input))).ReplicationConfiguration ?? null, none(["ReplicationConfigurationNotFoundError"], null)),
      details.read("Website", "GetBucketWebsite", async () => {
        const { $metadata: _metadata, ...website } = await s3.send(new GetBucketWebsiteCommand(input));
        return website;
      }, none(["NoSuchWebsiteConfiguration"], null)),
      details.read("Cors", "GetBucketCors", async () => {
        const { CORSRules } = await s3.send(new GetBucketCorsCommand(input));
        return { CORSRules };
      }, none(["NoSuchCORSConfiguration"], null)),
      details.read("Tags", "GetBucketTagging", async () => (await s3.send(new GetBucketTaggingCommand(input))).TagSet ?? [], none(["NoSuchTagSet"], [])),
    ]);
  } catch (error) {
    if (error instanceof ResourceGoneError) return;
    throw error;
  }
  await emitResource(context, { arn, region, service: "s3", type: "AWS::S3::Bucket", name: Bucket, configuration: details.complete() });
}
