import { collectAccount } from "@/collectors/collect-account";
import type { CollectionSink } from "@/collectors/collection-sink";
import { createSampleClientFactory } from "@/collectors/sample/create-sample-client-factory";
import { SAMPLE_ACCOUNT_ID } from "@/collectors/sample/sample-recordings";

/**
 * Collects the built-in sample account (123456789012, us-east-1 and eu-west-1) into `sink`
 * through the same collectors as a real scan. Needs no credentials and no network.
 */
export function collectSampleAccount(
  sink: CollectionSink,
  options: { secretPatterns?: string[] } = {},
): Promise<{ complete: boolean; regions: string[] }> {
  return collectAccount({
    account: { accountId: SAMPLE_ACCOUNT_ID },
    sink,
    clients: createSampleClientFactory(sink),
    secretPatterns: options.secretPatterns,
    credentialReportPollMs: 0,
    lastAccessedPollMs: 0,
  });
}
