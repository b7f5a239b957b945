/**
 * After a scan, resources it did not see are marked deleted, but only where the scan could read the
 * whole inventory: a service+region with an inventory gap (or a region that was not scanned) keeps
 * its resources, so a partial scan never "deletes" what it merely failed to read.
 */
import type { Database } from "@/lib/db/client";
import { GLOBAL_REGION, SERVICES, type ServiceName } from "./resource-record";

export interface InventoryScope {
  service: ServiceName;
  region: string;
}

/** Collector services whose resources are stored under another service (analyzers are IAM resources). */
const STORED_UNDER: Record<string, ServiceName> = { accessanalyzer: "iam" };

/** The service+region pairs whose inventory a scan read completely. */
export function completeScopes(options: {
  regionsScanned: readonly string[];
  inventoryGaps: readonly { service: string; region: string }[];
}): InventoryScope[] {
  const gaps = options.inventoryGaps.map((gap) => ({ ...gap, service: STORED_UNDER[gap.service] ?? gap.service }));
  const blockedServices = new Set(gaps.filter((gap) => gap.region === GLOBAL_REGION).map((gap) => gap.service));
  const blockedPairs = new Set(gaps.map((gap) => `${gap.service}|${gap.region}`));
  const regions = [GLOBAL_REGION, ...options.regionsScanned.filter((region) => region !== GLOBAL_REGION)];
  return SERVICES.filter((service) => !blockedServices.has(service)).flatMap((service) =>
    regions.filter((region) => !blockedPairs.has(`${service}|${region}`)).map((region) => ({ service, region })),
  );
}

/** Returns the number of resources marked deleted. */
export async function markMissingResourcesDeleted(
  database: Database,
  options: { accountId: string; scanId: string; now: Date; scopes: readonly InventoryScope[] },
): Promise<number> {
  if (options.scopes.length === 0) return 0;
  return database.$executeRaw`
    UPDATE resources r SET deleted_at = ${options.now}
    FROM unnest(${options.scopes.map((s) => s.service)}::text[], ${options.scopes.map((s) => s.region)}::text[])
      AS scope(service, region)
    WHERE r.account_id = ${options.accountId} AND r.deleted_at IS NULL
      AND r.service = scope.service AND r.region = scope.region
      AND r.last_scan_id IS DISTINCT FROM ${options.scanId}::uuid`;
}
