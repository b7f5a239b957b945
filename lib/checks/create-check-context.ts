import type { AccountAnalyses, CheckContext, CheckSettings } from "@/lib/checks/check-definition";
import { DEFAULT_CHECK_SETTINGS } from "@/lib/checks/check-definition";
import { buildInventoryView } from "@/lib/checks/build-inventory-view";
import { analyzeEscalation, buildCheckIamModel } from "@/lib/checks/iam/analyze-escalation";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

/**
 * The context every check of one evaluation shares: the indexed inventory, the settings, and account-wide
 * analyses built lazily, once, the first time a check asks (an evaluation without IAM checks never pays for them).
 */
export function createCheckContext(
  resources: readonly ResourceRecord[],
  options: { accountId: string; now: Date; settings?: Partial<CheckSettings> },
): CheckContext {
  const inventory = buildInventoryView(resources, options.accountId);
  const iamModel = once(() => buildCheckIamModel(inventory));
  const analyses: AccountAnalyses = { iamModel, escalation: once(() => analyzeEscalation(inventory, iamModel(), options.now)) };
  return { now: options.now, settings: { ...DEFAULT_CHECK_SETTINGS, ...options.settings }, inventory, analyses };
}

/** Memoises a computation, its failure included: a failing analysis is not retried for every resource. */
function once<T>(compute: () => T): () => T {
  let state: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
  return () => {
    if (!state) {
      try {
        state = { ok: true, value: compute() };
      } catch (error) {
        state = { ok: false, error };
      }
    }
    if (state.ok) return state.value;
    throw state.error;
  };
}
