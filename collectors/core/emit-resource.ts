import type { CollectContext } from "@/collectors/core/collect-context";
import { toPlainJson } from "@/collectors/core/to-plain-json";
import type { ResourceConfiguration, ResourceRecord } from "@/lib/inventory/resource-record";

/**
 * Streams one record to the sink as plain JSON: SDK Dates become ISO-8601 strings and
 * response metadata is dropped, so what is stored is exactly what checks read.
 */
export async function emitResource(
  context: CollectContext,
  record: Omit<ResourceRecord, "accountId" | "configuration"> & { configuration: ResourceConfiguration },
): Promise<void> {
  const configuration = toPlainJson(record.configuration) as ResourceConfiguration;
  if (configuration._errors && Object.keys(configuration._errors).length === 0) delete configuration._errors;
  await context.sink.resource({ ...record, accountId: context.accountId, configuration });
}
