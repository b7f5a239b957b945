import { paginateListRegions } from "@aws-sdk/client-account";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import { DEFAULT_ENABLED_REGIONS } from "@/collectors/aws/default-regions";
import { errorCode, errorMessage, isProgrammingError } from "@/collectors/aws/error-code";
import type { CollectContext } from "@/collectors/core/collect-context";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/**
 * The regions to scan: those enabled in the account (opt-in regions left disabled are skipped),
 * narrowed to `configured` when the account names some. When the enabled regions cannot be
 * listed, falls back to `configured` or the default-enabled regions and reports an inventory gap
 * (resources in opt-in regions may be missed).
 */
export async function discoverRegions(context: CollectContext, configured: string[] = []): Promise<string[]> {
  const client = context.clients.client("account", GLOBAL_SERVICE_REGION);
  try {
    const enabled: string[] = [];
    for await (const page of paginateListRegions({ client }, { RegionOptStatusContains: ["ENABLED", "ENABLED_BY_DEFAULT"] })) {
      for (const region of page.Regions ?? []) if (region.RegionName) enabled.push(region.RegionName);
    }
    const regions = configured.length > 0 ? configured.filter((region) => enabled.includes(region)) : enabled;
    return regions.sort();
  } catch (error) {
    if (isProgrammingError(error)) throw error;
    context.sink.gap({
      kind: "inventory",
      service: "account",
      region: GLOBAL_REGION,
      api: "ListRegions",
      errorCode: errorCode(error),
      message: errorMessage(error),
    });
    return [...(configured.length > 0 ? configured : DEFAULT_ENABLED_REGIONS)].sort();
  }
}
