import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  paginateListGrants,
  paginateListResourceTags,
  type KeyListEntry,
  type KeyMetadata,
} from "@aws-sdk/client-kms";
import { decodePolicyDocument } from "@/collectors/aws/decode-policy-document";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { ResourceDetails, ResourceGoneError } from "@/collectors/core/read-resource-details";
import type { listAliasesByKey } from "@/collectors/kms/list-aliases-by-key";

const DENIED = ["AccessDeniedException", "AccessDenied"];

/** Automatic rotation exists only for symmetric encryption keys with key material from KMS. */
function rotationApplies(metadata: KeyMetadata): boolean {
  return metadata.KeySpec === "SYMMETRIC_DEFAULT" && metadata.Origin === "AWS_KMS";
}

async function flatten<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

/** Reads one key: metadata first (it decides what else applies), then policy, rotation, grants, tags. */
export async function collectKey(
  context: CollectContext,
  region: string,
  key: KeyListEntry,
  aliases: Awaited<ReturnType<typeof listAliasesByKey>>,
): Promise<void> {
  const KeyId = key.KeyId;
  const arn = key.KeyArn ?? `arn:aws:kms:${region}:${context.accountId}:key/${KeyId}`;
  if (!KeyId) return;
  const client = context.clients.client("kms", region);
  const details = new ResourceDetails(context, { service: "kms", region, resourceArn: arn, goneCodes: ["NotFoundException"] });
  try {
    let metadata: KeyMetadata | undefined;
    await details.read("KeyMetadata", "DescribeKey", async () => {
      metadata = (await client.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata;
      return metadata;
    });
    // AWS-managed keys may deny reads to anyone but their service: expected, not a scan gap.
    const awsManaged = metadata?.KeyManager === "AWS";
    const quiet = awsManaged ? DENIED : [];
    if ("byKey" in aliases) details.set("Aliases", aliases.byKey.get(KeyId) ?? []);
    else details.configuration._errors!.ListAliases = aliases.errorCode;
    await Promise.all([
      details.read(
        "KeyPolicy",
        "GetKeyPolicy",
        async () => decodePolicyDocument((await client.send(new GetKeyPolicyCommand({ KeyId, PolicyName: "default" }))).Policy),
        { quiet },
      ),
      metadata && rotationApplies(metadata)
        ? details.read(
            "Rotation",
            "GetKeyRotationStatus",
            async () => {
              const { KeyRotationEnabled, RotationPeriodInDays, NextRotationDate } = await client.send(new GetKeyRotationStatusCommand({ KeyId }));
              return { KeyRotationEnabled, RotationPeriodInDays, NextRotationDate };
            },
            awsManaged ? { notConfigured: { codes: DENIED, value: null } } : {},
          )
        : details.set("Rotation", null),
      details.read("Grants", "ListGrants", () => flatten(paginateListGrants({ client }, { KeyId }), (page) => page.Grants), { quiet }),
      details.read("Tags", "ListResourceTags", () => flatten(paginateListResourceTags({ client }, { KeyId }), (page) => page.Tags), { quiet }),
    ]);
  } catch (error) {
    if (error instanceof ResourceGoneError) return;
    throw error;
  }
  await emitResource(context, { arn, region, service: "kms", type: "AWS::KMS::Key", name: KeyId, configuration: details.complete() });
}
