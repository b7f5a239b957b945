import type { AccountAnalyses, CheckContext, CheckSettings } from "@/lib/checks/check-definition";
import { DEFAULT_CHECK_SETTINGS } from "@/lib/checks/check-definition";
import { buildInventoryView } from "@/lib/checks/build-inventory-view";
import { type AnalysisReads, mergeReads, newCheckReads, type ReadProjection, trackInventory } from "@/lib/checks/check-reads";
import { analyzeEscalation, buildCheckIamModel, ENGINE_FUNCTION_READ, escalationDependsOnTime } from "@/lib/checks/iam/analyze-escalation";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

/** Every narrower read the analyses record (see check-reads.ts), for evaluate-account.ts to fingerprint. */
export const READ_PROJECTIONS: readonly ReadProjection[] = [ENGINE_FUNCTION_READ];

type ContextOptions = { accountId: string; now: Date; settings?: Partial<CheckSettings> };

/**
 * The context every check of one evaluation shares: the indexed inventory, the settings, and account-wide
 * analyses built lazily, once, the first time a check asks (an evaluation without IAM checks never pays for them).
 */
export function createCheckContext(resources: readonly ResourceRecord[], options: ContextOptions): CheckContext {
  return createRecordingCheckContext(resources, options).context;
}

/** The same context, with what each analysis read while it was built (see check-reads.ts). */
export function createRecordingCheckContext(
  resources: readonly ResourceRecord[],
  options: ContextOptions,
): { context: CheckContext; analysisReads: AnalysisReads } {
  const inventory = buildInventoryView(resources, options.accountId);
  const analysisReads: AnalysisReads = { iamModel: newCheckReads(), escalation: newCheckReads() };
  const iamModel = once(() => buildCheckIamModel(trackInventory(inventory, analysisReads.iamModel, READ_PROJECTIONS)));
  const escalation = once(() => {
    const reads = analysisReads.escalation;
    try {
      const model = iamModel();
      if (escalationDependsOnTime(model)) reads.now = true;
      return analyzeEscalation(trackInventory(inventory, reads, READ_PROJECTIONS), model, options.now);
    } finally {
      mergeReads(reads, analysisReads.iamModel);
    }
  });
  const analyses: AccountAnalyses = { iamModel, escalation };
  const context = { now: options.now, settings: { ...DEFAULT_CHECK_SETTINGS, ...options.settings }, inventory, analyses };
  return { context, analysisReads };
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
