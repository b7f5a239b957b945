import { errorCode, errorMessage, isProgrammingError } from "@/collectors/aws/error-code";
import type { CollectionGap } from "@/collectors/collection-sink";
import type { CollectContext } from "@/collectors/core/collect-context";

/**
 * Records a failed listing: resources of (service, region) may be missing from this scan.
 * Rethrows programming errors so bugs are not disguised as gaps.
 */
export function recordInventoryGap(
  context: CollectContext,
  where: { service: CollectionGap["service"]; region: string; api: string },
  error: unknown,
): void {
  if (isProgrammingError(error)) throw error;
  context.sink.gap({ kind: "inventory", ...where, errorCode: errorCode(error), message: errorMessage(error) });
}
