/**
 * A realistic synthetic inventory for benchmarks and worker tests: every resource type of
 * docs/RESOURCE-TYPES.md in proportions typical of a large account, deterministic for a given seed.
 */
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { buildBucket, buildFunction, buildKey, buildLayer, buildS3Singletons } from "./build-data-resources";
import { buildIamGroup, buildIamRole, buildIamSingletons, buildIamUser, buildManagedPolicy } from "./build-iam-resources";
import { createRandom, type Random } from "./random";

type Builder = (accountId: string, index: number, random: Random) => ResourceRecord;

/** Share of each type in the generated inventory. */
const MIX: readonly [Builder, number][] = [
  [buildFunction, 0.3],
  [buildBucket, 0.25],
  [buildIamRole, 0.2],
  [buildIamUser, 0.08],
  [buildManagedPolicy, 0.08],
  [buildKey, 0.06],
  [buildIamGroup, 0.02],
  [buildLayer, 0.01],
];

export function generateInventory(options: { accountId: string; count: number; seed?: number }): ResourceRecord[] {
  const random = createRandom(options.seed ?? 1);
  const records = [...buildIamSingletons(options.accountId, random), ...buildS3Singletons(options.accountId, random)];
  const singletons = records.length;
  const remaining = Math.max(0, options.count - singletons);
  MIX.forEach(([build, share], position) => {
    const isLast = position === MIX.length - 1;
    const count = isLast ? remaining - (records.length - singletons) : Math.round(remaining * share);
    for (let index = 0; index < count; index++) records.push(build(options.accountId, index, random));
  });
  return records;
}

/**
 * A copy where `fraction` of the resources (spread evenly) changed configuration: a tag edit on most,
 * a security-relevant change (versioning, tracing, rotation) on some, as real accounts drift between scans.
 */
export function changeResources(records: readonly ResourceRecord[], fraction: number, seed = 2): ResourceRecord[] {
  const random = createRandom(seed);
  const every = fraction > 0 ? Math.max(1, Math.round(1 / fraction)) : Number.POSITIVE_INFINITY;
  return records.map((record, index) => {
    if (index % every !== every - 1) return record;
    const configuration = structuredClone(record.configuration);
    configuration.BenchRevision = random.int(1_000_000);
    if (record.type === "AWS::S3::Bucket") configuration.Versioning = random.chance(0.5) ? { Status: "Enabled" } : {};
    if (record.type === "AWS::KMS::Key") configuration.Rotation = { KeyRotationEnabled: random.chance(0.5), RotationPeriodInDays: 365 };
    return { ...record, configuration };
  });
}
