/**
 * After a scan, resources it did not see are marked deleted, but only where the scan could read the
 * whole inventory: a service+region with an inventory gap (or a region that was not scanned) keeps
 * its resources, so a partial scan never "deletes" what it merely failed to read. Which resources were
 * not seen is decided in memory (lib/inventory/store-resources.ts), so only those rows are written.
 */
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { GLOBAL_REGION, SERVICES, type ServiceName } from "./resource-record";
import type { PreviousInventory, UnseenResource } from "./store-resources";

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

/**
 * Settles the live resources a scan did not see, and records the scan as the account's latest inventory, in
 * one transaction: those in a complete scope are marked deleted, the others (incomplete scopes) are kept and
 * marked as not seen. Both get their "last seen" written down from the previous inventory, since rows still
 * seen are not written. Returns how many were deleted and the ones kept, which the checks still evaluate.
 */
export async function markMissingResourcesDeleted(
  database: Database,
  options: {
    accountId: string;
    scanId: string;
    now: Date;
    scopes: readonly InventoryScope[];
    unseen: readonly UnseenResource[];
    previousInventory: PreviousInventory | null;
  },
): Promise<{ deleted: number; kept: UnseenResource[] }> {
  const complete = new Set(options.scopes.map((scope) => `${scope.service}|${scope.region}`));
  const gone: string[] = [];
  const kept: UnseenResource[] = [];
  for (const resource of options.unseen) {
    if (complete.has(`${resource.service}|${resource.region}`)) gone.push(resource.id);
    else kept.push(resource);
  }
  const previousAt = options.previousInventory?.at ?? null;
  const previousScanId = options.previousInventory?.scanId ?? null;
  // Rows still marked seen were last seen by the previous inventory: write that down before the mark goes.
  const lastSeen = Prisma.sql`
    last_seen_at = CASE WHEN seen_in_latest_scan THEN GREATEST(last_seen_at, ${previousAt}::timestamptz) ELSE last_seen_at END,
    last_scan_id = CASE WHEN seen_in_latest_scan AND ${previousAt}::timestamptz > last_seen_at THEN ${previousScanId}::uuid
                        ELSE last_scan_id END,
    seen_in_latest_scan = false`;
  const [deleted] = await database.$transaction([
    database.$executeRaw`
      UPDATE resources SET deleted_at = ${options.now}, ${lastSeen}
      WHERE id = ANY(${gone}::uuid[]) AND deleted_at IS NULL`,
    database.$executeRaw`UPDATE resources SET ${lastSeen} WHERE id = ANY(${kept.map((resource) => resource.id)}::uuid[]) AND seen_in_latest_scan`,
    database.$executeRaw`
      UPDATE accounts SET inventory_seen_at = ${options.now}, inventory_scan_id = ${options.scanId}::uuid WHERE id = ${options.accountId}`,
  ]);
  return { deleted, kept };
}
