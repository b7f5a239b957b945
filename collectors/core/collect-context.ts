import type { ClientFactory } from "@/collectors/aws/aws-service";
import type { CollectionSink } from "@/collectors/collection-sink";

/** What every collector needs: which account, how to reach it, where to stream. */
export interface CollectContext {
  accountId: string;
  clients: ClientFactory;
  sink: CollectionSink;
  /** Resources of one service and region processed at once (buckets, functions, keys, users). */
  resourceConcurrency: number;
  /** Extra secret patterns (regular expression sources) for Lambda environment values. */
  secretPatterns: string[];
  /** Pause between credential-report polls. */
  credentialReportPollMs: number;
  /** Pause before the first service-last-accessed poll (later polls back off up to 4x). */
  lastAccessedPollMs: number;
  /**
   * Users and roles processed at once: each waits on an IAM job, so this is far above
   * `resourceConcurrency`; the request gate keeps the calls within IAM's rate.
   */
  principalConcurrency: number;
  /** When the account names its regions: buckets elsewhere are skipped, not read. */
  onlyRegions?: ReadonlySet<string>;
}
