import { GetPublicAccessBlockCommand } from "@aws-sdk/client-s3-control";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { ResourceDetails } from "@/collectors/core/read-resource-details";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/** The account-wide S3 Block Public Access settings (null when never set). */
export async function collectAccountPublicAccessBlock(context: CollectContext): Promise<void> {
  const arn = `arn:aws:s3::${context.accountId}:account`;
  const client = context.clients.client("s3control", GLOBAL_SERVICE_REGION);
  const details = new ResourceDetails(context, { service: "s3", region: GLOBAL_REGION, resourceArn: arn, goneCodes: [] });
  await details.read(
    "PublicAccessBlockConfiguration",
    "GetPublicAccessBlock",
    async () => (await client.send(new GetPublicAccessBlockCommand({ AccountId: context.accountId }))).PublicAccessBlockConfiguration ?? null,
    { notConfigured: { codes: ["NoSuchPublicAccessBlockConfiguration"], value: null } },
  );
  await emitResource(context, {
    arn,
    region: GLOBAL_REGION,
    service: "s3",
    type: "AWS::S3::AccountPublicAccessBlock",
    name: "account",
    configuration: details.complete(),
  });
}
