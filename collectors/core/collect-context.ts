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
}
