import { CHECKS } from "@/lib/checks/catalogue";
import type { CheckDefinition, CheckSettings, Verdict } from "@/lib/checks/check-definition";
import type { CheckOutcome } from "@/lib/checks/check-outcome";
import { type CheckScope, findExclusion } from "@/lib/checks/check-scope";
import { createCheckContext } from "@/lib/checks/create-check-context";
import { runCheck } from "@/lib/checks/run-check";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

export interface EvaluateOptions extends CheckScope {
  now: Date;
  accountId: string;
  settings?: Partial<CheckSettings>;
  /** Defaults to every check in the catalogue. */
  checks?: readonly CheckDefinition[];
}

/**
 * Runs every check over the resources of its type. Never throws: a failing check yields "unknown".
 * A disabled check, or an excluded resource, yields "not_applicable" with the operator's reason: no new finding,
 * and an open one from before the change is resolved rather than left open forever.
 */
export function evaluateInventory(resources: readonly ResourceRecord[], options: EvaluateOptions): CheckOutcome[] {
  const context = createCheckContext(resources, options);
  const { inventory } = context;
  const outcomes: CheckOutcome[] = [];
  for (const check of options.checks ?? CHECKS) {
    for (const resource of inventory.byType(check.resourceType)) {
      const verdict = scopedVerdict(options, check.id, resource.arn) ?? runCheck(check, resource, context);
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

function scopedVerdict(scope: CheckScope, checkId: string, resourceArn: string): Verdict | null {
  const disabled = scope.disabledChecks?.[checkId];
  if (disabled !== undefined) return { status: "not_applicable", reason: `Disabled for this account: ${disabled}`, evidence: { disabled: true } };
  const exclusion = findExclusion(scope, checkId, resourceArn);
  if (exclusion) return { status: "not_applicable", reason: `Excluded for this account: ${exclusion.reason}`, evidence: { excludedBy: exclusion.resourcePattern } };
  return null;
}
