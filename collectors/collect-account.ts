import { collectAnalyzers } from "@/collectors/accessanalyzer/collect-analyzers";
import type { AccountTarget } from "@/collectors/aws/account-target";
import type { ClientFactory } from "@/collectors/aws/aws-service";
import { createClientFactory } from "@/collectors/aws/create-client-factory";
import type { CollectionSink } from "@/collectors/collection-sink";
import type { CollectContext } from "@/collectors/core/collect-context";
import { forEachBounded } from "@/collectors/core/for-each-bounded";
import { discoverRegions } from "@/collectors/discover-regions";
import { collectIam } from "@/collectors/iam/collect-iam";
import { collectKms } from "@/collectors/kms/collect-kms";
import { collectLambda } from "@/collectors/lambda/collect-lambda";
import { collectAccessPoints } from "@/collectors/s3/collect-access-points";
import { collectS3 } from "@/collectors/s3/collect-s3";

export interface CollectAccountOptions {
  account: AccountTarget & { regions?: string[] };
  sink: CollectionSink;
  /** Defaults to real AWS clients for the account; the sample account passes its own. */
  clients?: ClientFactory;
  /** Regions processed at once. */
  regionConcurrency?: number;
  /** Resources of one kind processed at once within a service and region. */
  resourceConcurrency?: number;
  rateLimitPerSecond?: number;
  /** Extra secret patterns for Lambda environment values (CheckSettings.secretPatterns). */
  secretPatterns?: string[];
  credentialReportPollMs?: number;
  /** Pause before polling a service-last-accessed job. */
  lastAccessedPollMs?: number;
  /** Users and roles whose last-access jobs run at once. */
  principalConcurrency?: number;
}

/**
 * Collects one account into `sink`: global services once (IAM, S3 buckets and account settings),
 * regional ones (Lambda and layers, KMS, Access Analyzer, S3 access points) in every enabled region, in parallel with bounds.
 * `complete` is false when an inventory gap means some resources may be missing.
 */
export async function collectAccount(options: CollectAccountOptions): Promise<{ complete: boolean; regions: string[] }> {
  let complete = true;
  const sink: CollectionSink = {
    resource: (record) => options.sink.resource(record),
    gap: (gap) => {
      if (gap.kind === "inventory") complete = false;
      options.sink.gap(gap);
    },
    apiCall: (service, api) => options.sink.apiCall(service, api),
    progress: (part) => options.sink.progress(part),
  };
  const clients =
    options.clients ?? createClientFactory({ account: options.account, sink, rateLimitPerSecond: options.rateLimitPerSecond });
  const context: CollectContext = {
    accountId: options.account.accountId,
    clients,
    sink,
    resourceConcurrency: options.resourceConcurrency ?? 8,
    secretPatterns: options.secretPatterns ?? [],
    credentialReportPollMs: options.credentialReportPollMs ?? 2_000,
    lastAccessedPollMs: options.lastAccessedPollMs ?? 2_000,
    principalConcurrency: options.principalConcurrency ?? 64,
  };

  const configured = options.account.regions ?? [];
  const regions = await discoverRegions(context, configured);
  if (configured.length > 0) context.onlyRegions = new Set(regions);
  await Promise.all([
    collectIam(context),
    collectS3(context),
    forEachBounded(regions, options.regionConcurrency ?? 4, async (region) => {
      await Promise.all([
        collectLambda(context, region),
        collectKms(context, region),
        collectAnalyzers(context, region),
        collectAccessPoints(context, region),
      ]);
    }),
  ]);
  return { complete, regions };
}
