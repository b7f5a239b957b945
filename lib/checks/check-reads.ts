/**
 * What a check read beyond the resource it judged: the clock, other resources by type or ARN. Recorded while it
 * runs, so the next scan knows which verdicts still hold when those inputs have not changed (evaluate-account.ts).
 * Checks are pure functions of (resource, settings, context); re-running one on the same inputs takes the same
 * path, so what it read last time is exactly what its verdict depended on.
 */
import type { AccountAnalyses, CheckContext, InventoryView } from "@/lib/checks/check-definition";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

export interface CheckReads {
  /** Read context.now (age thresholds, deprecation dates, time conditions): re-run at every scan. */
  now: boolean;
  /** Resource types listed with inventory.byType. */
  types: Set<string>;
  /** ARNs looked up with inventory.byArn, found or not (a missing one may appear later). */
  arns: Set<string>;
}

/**
 * A narrower read of one resource type: a reader that uses only these parts of its resources records `key`
 * instead of the type, so a change elsewhere in their configurations (a function's code) does not re-run it.
 */
export interface ReadProjection {
  type: string;
  key: string;
  project(record: ResourceRecord): unknown;
}

export const newCheckReads = (): CheckReads => ({ now: false, types: new Set(), arns: new Set() });

export function mergeReads(into: CheckReads, from: CheckReads): void {
  if (from.now) into.now = true;
  for (const type of from.types) into.types.add(type);
  for (const arn of from.arns) into.arns.add(arn);
}

/** An inventory view that records every type (or its projection's key) and ARN asked for into `reads`. */
export function trackInventory(inventory: InventoryView, reads: CheckReads, projections: readonly ReadProjection[] = []): InventoryView {
  return {
    accountId: inventory.accountId,
    byType(type) {
      reads.types.add(projections.find((projection) => projection.type === type)?.key ?? type);
      return inventory.byType(type);
    },
    byArn(arn) {
      reads.arns.add(arn);
      return inventory.byArn(arn);
    },
  };
}

/** What each account-wide analysis read while it was built; a check that uses an analysis read all of it. */
export type AnalysisReads = Record<keyof AccountAnalyses, CheckReads>;

/** A check context that records into `reads` what one check reads through it. */
export function trackContext(context: CheckContext, analysisReads: AnalysisReads, reads: CheckReads): CheckContext {
  const analyses = {} as AccountAnalyses;
  for (const name of Object.keys(context.analyses) as (keyof AccountAnalyses)[]) {
    // Built (or failed) first: only then are its reads complete.
    Object.defineProperty(analyses, name, {
      value: () => {
        try {
          return context.analyses[name]();
        } finally {
          mergeReads(reads, analysisReads[name]);
        }
      },
    });
  }
  return {
    get now() {
      reads.now = true;
      return context.now;
    },
    settings: context.settings,
    inventory: trackInventory(context.inventory, reads),
    analyses,
  };
}
