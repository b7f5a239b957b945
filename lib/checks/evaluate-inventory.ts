import type { CheckOutcome } from "@/lib/checks/check-outcome";
import { evaluateAccount, type EvaluateOptions } from "@/lib/checks/evaluate-account";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

export type { EvaluateOptions };

/**
 * Runs every check over the resources of its type. Never throws: a failing check yields "unknown".
 * A disabled check, or an excluded resource, yields "not_applicable" with the operator's reason.
 */
export function evaluateInventory(resources: readonly ResourceRecord[], options: EvaluateOptions): CheckOutcome[] {
  return evaluateAccount(resources, options).outcomes;
}
