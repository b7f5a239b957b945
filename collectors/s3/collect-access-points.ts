import {
  GetAccessPointCommand,
  GetAccessPointPolicyCommand,
  GetAccessPointPolicyStatusCommand,
  paginateListAccessPoints,
  type AccessPoint,
} from "@aws-sdk/client-s3-control";
import { decodePolicyDocument } from "@/collectors/aws/decode-policy-document";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { forEachBounded } from "@/collectors/core/for-each-bounded";
import { ResourceDetails, ResourceGoneError } from "@/collectors/core/read-resource-details";
import { recordInventoryGap } from "@/collectors/core/record-gap";

const NO_POLICY = { notConfigured: { codes: ["NoSuchAccessPointPolicy"], value: null } };

async function* listAccessPoints(context: CollectContext, region: string): AsyncGenerator<AccessPoint> {
  const client = context.clients.client("s3control", region);
  try {
    for await (const page of paginateListAccessPoints({ client }, { AccountId: context.accountId })) yield* page.AccessPointList ?? [];
  } catch (error) {
    recordInventoryGap(context, { service: "s3", region, api: "ListAccessPoints" }, error);
  }
}

/** One access point: GetAccessPoint's output (with its own Block Public Access), policy and status. */
async function collectAccessPoint(context: CollectContext, region: string, listed: AccessPoint): Promise<void> {
  const Name = listed.Name;
  if (!Name) return;
  const arn = listed.AccessPointArn ?? `arn:aws:s3:${region}:${context.accountId}:accesspoint/${Name}`;
  const client = context.clients.client("s3control", region);
  const details = new ResourceDetails(context, { service: "s3", region, resourceArn: arn, goneCodes: ["NoSuchAccessPoint"] });
  const input = { AccountId: context.accountId, Name };
  try {
    await Promise.all([
      details.read(null, "GetAccessPoint", async () => {
        const { $metadata: _metadata, ...accessPoint } = await client.send(new GetAccessPointCommand(input));
        return accessPoint;
      }),
      details.read("Policy", "GetAccessPointPolicy", async () => decodePolicyDocument((await client.send(new GetAccessPointPolicyCommand(input))).Policy), NO_POLICY),
      details.read("PolicyStatus", "GetAccessPointPolicyStatus", async () => {
        const { PolicyStatus } = await client.send(new GetAccessPointPolicyStatusCommand(input));
        return { IsPublic: PolicyStatus?.IsPublic ?? false };
      }, NO_POLICY),
    ]);
  } catch (error) {
    if (error instanceof ResourceGoneError) return;
    throw error;
  }
  await emitResource(context, { arn, region, service: "s3", type: "AWS::S3::AccessPoint", name: Name, configuration: details.complete() });
}

/** The account's S3 access points in one region (S3 Control lists them per region). */
export async function collectAccessPoints(context: CollectContext, region: string): Promise<void> {
  await forEachBounded(listAccessPoints(context, region), context.resourceConcurrency, (accessPoint) => collectAccessPoint(context, region, accessPoint));
}
