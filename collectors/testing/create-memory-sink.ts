import type { CollectionGap, CollectionSink } from "@/collectors/collection-sink";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

/** A sink that keeps everything in memory, for tests and small tools. */
export function createMemorySink() {
  const records: ResourceRecord[] = [];
  const gaps: CollectionGap[] = [];
  const apiCalls: Array<{ service: string; api: string }> = [];
  const sink: CollectionSink = {
    async resource(record) {
      records.push(record);
    },
    gap(gap) {
      gaps.push(gap);
    },
    apiCall(service, api) {
      apiCalls.push({ service, api });
    },
    progress() {},
  };
  return { sink, records, gaps, apiCalls };
}
