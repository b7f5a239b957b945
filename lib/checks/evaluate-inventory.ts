import { CHECKS } from "@/lib/checks/catalogue";
import type { CheckDefinition, CheckSettings } from "@/lib/checks/check-definition";
import { DEFAULT_CHECK_SETTINGS } from "@/lib/checks/check-definition";
import type { CheckOutcome } from "@/lib/checks/check-outcome";
import { buildInventoryView } from "@/lib/checks/build-inventory-view";
import { runCheck } from "@/lib/checks/run-check";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

export interface EvaluateOptions {
  now: Date;
  accountId: string;
  settings?: Partial<CheckSettings>;
  /** Defaults to every check in the catalogue. */
  checks?: readonly CheckDefinition[];
}

/** Runs every check over the resources of its type. Never throws: a failing check yields "unknown". */
export function evaluateInventory(resources: readonly ResourceRecord[], options: EvaluateOptions): CheckOutcome[] {
  const inventory = buildInventoryView(resources, options.accountId);
  const context = { now: options.now, settings: { ...DEFAULT_CHECK_SETTINGS, ...options.settings }, inventory };
  const outcomes: CheckOutcome[] = [];
  for (const check of options.checks ?? CHECKS) {
    for (const resource of inventory.byType(check.resourceType)) {
      const verdict = runCheck(check, resource, context);
      outcomes.push({
        checkId: check.id,
        title: check.title,
        severity: check.severity,
        service: check.service,
        resourceArn: resource.arn,
        resourceType: resource.type,
        region: resource.region,
        status: verdict.status,
        reason: verdict.reason,
        ...(verdict.evidence === undefined ? {} : { evidence: verdict.evidence }),
      });
    }
  }
  return outcomes;
}
