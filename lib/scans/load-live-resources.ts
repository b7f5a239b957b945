import type { Database } from "@/lib/db/client";
import type { ResourceConfiguration, ResourceRecord, ServiceName } from "@/lib/inventory/resource-record";

/**
 * The account's current (not deleted) inventory, as checks consume it, with each resource's row id;
 * `ids` narrows it to those resources (the scan pipeline reads only the ones it did not see).
 */
export async function loadLiveResources(database: Database, accountId: string, options: { ids?: readonly string[] } = {}) {
  const rows = await database.resource.findMany({
    where: { accountId, deletedAt: null, ...(options.ids ? { id: { in: [...options.ids] } } : {}) },
    select: { id: true, arn: true, accountId: true, region: true, service: true, type: true, name: true, configuration: true },
  });
  const records: ResourceRecord[] = rows.map((row) => ({
    arn: row.arn,
    accountId: row.accountId,
    region: row.region,
    service: row.service as ServiceName,
    type: row.type,
    name: row.name,
    configuration: row.configuration as ResourceConfiguration,
  }));
  return { records, idsByArn: new Map(rows.map((row) => [row.arn, row.id])) };
}
