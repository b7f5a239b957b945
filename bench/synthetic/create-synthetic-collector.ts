/**
 * A collector double with realistic latency: plays back each account's synthetic inventory one API
 * "page" at a time, waiting `pageLatencyMs` per page as a paginated AWS list/describe call would.
 */
import type { CollectionSink } from "@/collectors/collection-sink";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import type { ScanDependencies } from "@/lib/scans/run-scan";
import { REGIONS } from "./build-data-resources";
import { generateInventory } from "./generate-inventory";

export interface SyntheticCollectorOptions {
  resourcesPerAccount: number;
  pageSize: number;
  pageLatencyMs: number;
  /** The inventory to play back for an account; defaults to generateInventory with a per-account seed. */
  inventoryFor?: (accountId: string) => readonly ResourceRecord[];
}

export function createSyntheticCollector(options: SyntheticCollectorOptions): ScanDependencies["collect"] {
  const inventoryFor =
    options.inventoryFor ??
    ((accountId: string) => generateInventory({ accountId, count: options.resourcesPerAccount, seed: Number(accountId.slice(-6)) || 1 }));
  return async (account, sink: CollectionSink) => {
    const records = inventoryFor(account.id);
    for (let start = 0; start < records.length; start += options.pageSize) {
      sink.apiCall(records[start]?.service ?? "iam", "List");
      if (options.pageLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, options.pageLatencyMs));
      for (const record of records.slice(start, start + options.pageSize)) await sink.resource(record);
    }
    return { regions: [...REGIONS] };
  };
}
