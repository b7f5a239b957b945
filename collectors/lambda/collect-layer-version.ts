import { GetLayerVersionByArnCommand, GetLayerVersionPolicyCommand } from "@aws-sdk/client-lambda";
import { decodePolicyDocument } from "@/collectors/aws/decode-policy-document";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { ResourceDetails } from "@/collectors/core/read-resource-details";

const NOT_FOUND = ["ResourceNotFoundException"];
const DENIED = ["AccessDeniedException", "AccessDenied"];

/** arn:aws:lambda:<region>:<account>:layer:<name>:<version> -> its parts. */
export function parseLayerVersionArn(arn: string): { layerArn: string; accountId: string; name: string; version: number } | null {
  const match = /^(arn:[^:]+:lambda:[^:]+:(\d{12}):layer:([^:]+)):(\d+)$/.exec(arn);
  if (!match) return null;
  return { layerArn: match[1]!, accountId: match[2]!, name: match[3]!, version: Number(match[4]) };
}

/**
 * One layer version used by functions of `region`, possibly another account's: its metadata
 * (GetLayerVersionByArn, without the code's pre-signed download URL) and its decoded policy.
 * Another account's policy is normally unreadable: that denial is recorded on the layer quietly.
 */
export async function collectLayerVersion(context: CollectContext, region: string, arn: string, usedBy: string[]): Promise<void> {
  const parsed = parseLayerVersionArn(arn);
  if (!parsed) return;
  const client = context.clients.client("lambda", region);
  const crossAccount = parsed.accountId !== context.accountId;
  const details = new ResourceDetails(context, { service: "lambda", region, resourceArn: arn, goneCodes: [] });
  details.set("LayerAccountId", parsed.accountId);
  details.set("CrossAccount", crossAccount);
  details.set("UsedBy", usedBy);
  const quiet = crossAccount ? DENIED : [];
  await Promise.all([
    // A deleted version keeps working in the functions that use it: stored with Deleted: true.
    details.read(
      null,
      "GetLayerVersionByArn",
      async () => {
        const { $metadata: _metadata, Content, ...layer } = await client.send(new GetLayerVersionByArnCommand({ Arn: arn }));
        const { Location: _presignedUrl, ...content } = Content ?? {};
        return { ...layer, Content: content, Deleted: false } as Record<string, unknown>;
      },
      { notConfigured: { codes: NOT_FOUND, value: { Deleted: true } }, quiet },
    ),
    details.read(
      "Policy",
      "GetLayerVersionPolicy",
      async () =>
        decodePolicyDocument(
          (await client.send(new GetLayerVersionPolicyCommand({ LayerName: parsed.layerArn, VersionNumber: parsed.version }))).Policy,
        ),
      { notConfigured: { codes: NOT_FOUND, value: null }, quiet },
    ),
  ]);
  await emitResource(context, {
    arn,
    region,
    service: "lambda",
    type: "AWS::Lambda::LayerVersion",
    name: `${parsed.name}:${parsed.version}`,
    configuration: details.complete(),
  });
}
