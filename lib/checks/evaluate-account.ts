/**
 * Evaluates an account's inventory, re-running only what can have changed since the previous evaluation's memo:
 * a check re-runs on a resource whose configuration changed, and on every resource when anything it read last time
 * (the clock, a resource type, an ARN) changed. Every other verdict is the memo's, when the caller agrees the
 * finding it left is as that verdict leaves it (`canReuse`). Verdicts are pure functions of their inputs, so the
 * result is the same as running everything; a day after the last full evaluation, everything runs again.
 */
import { CHECKS } from "@/lib/checks/catalogue";
import type { CheckDefinition, CheckSettings, Verdict } from "@/lib/checks/check-definition";
import type { CheckOutcome } from "@/lib/checks/check-outcome";
import { newCheckReads, mergeReads, type ReadProjection, trackContext } from "@/lib/checks/check-reads";
import { hash } from "node:crypto";
import { type CheckScope, findExclusion } from "@/lib/checks/check-scope";
import { createRecordingCheckContext, READ_PROJECTIONS } from "@/lib/checks/create-check-context";
import {
  type EvaluationMemo,
  evaluationInputsKey,
  FULL_EVALUATION_INTERVAL_MS,
  type MemoCheck,
  type VerdictCode,
  verdictCode,
} from "@/lib/checks/evaluation-memo";
import { runCheck } from "@/lib/checks/run-check";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

export interface EvaluateOptions extends CheckScope {
  now: Date;
  accountId: string;
  settings?: Partial<CheckSettings>;
  /** Defaults to every check in the catalogue. */
  checks?: readonly CheckDefinition[];
}

export interface IncrementalOptions {
  /** Each resource's configuration hash (as stored): a verdict is reused only for the same hash. */
  hashes?: ReadonlyMap<string, string>;
  previous?: EvaluationMemo | null;
  /** Whether the memo's verdict may stand for (check, resource) without running the check; default: yes. */
  canReuse?: (checkId: string, resourceArn: string, code: VerdictCode) => boolean;
}

export interface AccountEvaluation {
  /** Outcomes of the checks that ran (everything, without a usable memo). */
  outcomes: CheckOutcome[];
  /** Every verdict, reused or new, for the next evaluation and for the scores. */
  memo: EvaluationMemo;
  reusedCount: number;
  /** Whether (check, resource)'s verdict came from the previous memo, so its finding was left as it was. */
  isReused(checkId: string, resourceArn: string): boolean;
}

export function evaluateAccount(resources: readonly ResourceRecord[], options: EvaluateOptions & IncrementalOptions): AccountEvaluation {
  const { context, analysisReads } = createRecordingCheckContext(resources, options);
  const checks = options.checks ?? CHECKS;
  const hashes = options.hashes ?? new Map<string, string>();
  const inputsKey = evaluationInputsKey(checks, context.settings, options);
  const previous = usableMemo(options.previous, inputsKey, options.now);
  const canReuse = options.canReuse ?? (() => true);

  const memo: EvaluationMemo = {
    inputsKey,
    fullEvaluationAt: previous?.fullEvaluationAt ?? options.now,
    resources: describeResources(resources, hashes),
    projections: Object.fromEntries(READ_PROJECTIONS.map((projection) => [projection.key, fingerprint(projection, context.inventory.byType(projection.type))])),
    checks: {},
  };
  const changed = previous ? changedSince(previous, memo, resources, hashes) : null;
  const outcomes: CheckOutcome[] = [];
  const reusedByCheck = new Map<string, Uint8Array>();
  const positions = positionsInType(memo);
  const carried = new Map<string, Int32Array>();
  let reusedCount = 0;

  for (const check of checks) {
    const targets = context.inventory.byType(check.resourceType);
    const prior = previous && changed && readsUnchanged(previous.checks[check.id], changed) ? previous.checks[check.id]! : null;
    let from: Int32Array | null = null;
    if (prior && previous) {
      from = carried.get(check.resourceType) ?? null;
      if (!from) carried.set(check.resourceType, (from = carriedPositions(previous, check.resourceType, targets, hashes)));
    }
    const reads = newCheckReads();
    if (prior) mergeReads(reads, { now: false, types: new Set(prior.types), arns: new Set(prior.arns) });
    const tracked = trackContext(context, analysisReads, reads);
    const codes: string[] = new Array(targets.length);
    const reused = new Uint8Array(targets.length);
    for (let index = 0; index < targets.length; index++) {
      const resource = targets[index]!;
      const at = from ? from[index]! : -1;
      const code = at >= 0 ? (prior!.codes[at] as VerdictCode | undefined) : undefined;
      if (code && canReuse(check.id, resource.arn, code)) {
        codes[index] = code;
        reused[index] = 1;
        reusedCount++;
        continue;
      }
      const verdict = scopedVerdict(options, check.id, resource.arn) ?? runCheck(check, resource, tracked);
      codes[index] = verdictCode(verdict.status, verdict.evidence);
      outcomes.push(toOutcome(check, resource, verdict));
    }
    reusedByCheck.set(check.id, reused);
    memo.checks[check.id] = { now: reads.now, types: [...reads.types], arns: [...reads.arns], codes: codes.join("") };
  }
  if (reusedCount === 0) memo.fullEvaluationAt = options.now;

  return {
    outcomes,
    memo,
    reusedCount,
    isReused: (checkId, resourceArn) => {
      const at = positions.get(resourceArn);
      return at !== undefined && reusedByCheck.get(checkId)?.[at] === 1;
    },
  };
}

/** The previous memo, when it was made with the same inputs and its last full evaluation is recent enough. */
function usableMemo(memo: EvaluationMemo | null | undefined, inputsKey: string, now: Date): EvaluationMemo | null {
  if (!memo || memo.inputsKey !== inputsKey) return null;
  const age = now.getTime() - memo.fullEvaluationAt.getTime();
  return age >= 0 && age < FULL_EVALUATION_INTERVAL_MS ? memo : null;
}

interface Changes {
  types: Set<string>;
  arns: Set<string>;
}

/** Resources added, changed or gone since the memo, and their types; narrower reads whose fingerprint differs. */
function changedSince(memo: EvaluationMemo, current: EvaluationMemo, resources: readonly ResourceRecord[], hashes: ReadonlyMap<string, string>): Changes {
  const changes: Changes = { types: new Set(), arns: new Set() };
  for (const [key, value] of Object.entries(current.projections)) if (memo.projections[key] !== value) changes.types.add(key);
  const before = new Map<string, string>();
  for (const { arns, hashes: stored } of Object.values(memo.resources)) arns.forEach((arn, i) => before.set(arn, stored[i] ?? ""));
  const now = new Set<string>();
  for (const resource of resources) {
    now.add(resource.arn);
    const hash = hashes.get(resource.arn);
    if (!hash || before.get(resource.arn) !== hash) {
      changes.types.add(resource.type);
      changes.arns.add(resource.arn);
    }
  }
  for (const [type, { arns }] of Object.entries(memo.resources)) {
    for (const arn of arns) {
      if (now.has(arn)) continue;
      changes.types.add(type);
      changes.arns.add(arn);
    }
  }
  return changes;
}

/** Whether a check's verdicts can stand: it did not read the clock, and nothing else it read has changed. */
function readsUnchanged(prior: MemoCheck | undefined, changes: Changes): boolean {
  if (!prior || prior.now) return false;
  return !prior.types.some((type) => changes.types.has(type)) && !prior.arns.some((arn) => changes.arns.has(arn));
}

/** For each resource of a type, in the order checks visit them: its position in the memo if unchanged, else -1. */
function carriedPositions(memo: EvaluationMemo, type: string, targets: readonly ResourceRecord[], hashes: ReadonlyMap<string, string>) {
  const stored = memo.resources[type];
  const result = new Int32Array(targets.length).fill(-1);
  if (!stored) return result;
  const before = new Map(stored.arns.map((arn, i) => [arn, i]));
  targets.forEach((resource, index) => {
    const at = before.get(resource.arn);
    if (at !== undefined && stored.hashes[at] === hashes.get(resource.arn)) result[index] = at;
  });
  return result;
}

/** One hash of what a narrower read sees of every resource of its type, in ARN order. */
function fingerprint(projection: ReadProjection, records: readonly ResourceRecord[]): string {
  const sorted = [...records].sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
  return hash("sha256", JSON.stringify(sorted.map((record) => [record.arn, projection.project(record)])), "base64url");
}

function describeResources(resources: readonly ResourceRecord[], hashes: ReadonlyMap<string, string>): EvaluationMemo["resources"] {
  const byType: EvaluationMemo["resources"] = {};
  for (const resource of resources) {
    const entry = (byType[resource.type] ??= { arns: [], hashes: [] });
    entry.arns.push(resource.arn);
    entry.hashes.push(hashes.get(resource.arn) ?? "");
  }
  return byType;
}

/** ARN -> its index within its type's list (the order checks visit, and codes follow). */
function positionsInType(memo: EvaluationMemo): Map<string, number> {
  const positions = new Map<string, number>();
  for (const { arns } of Object.values(memo.resources)) arns.forEach((arn, i) => positions.set(arn, i));
  return positions;
}

function toOutcome(check: CheckDefinition, resource: ResourceRecord, verdict: Verdict): CheckOutcome {
  return {
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
  };
}

/**
 * A disabled check, or an excluded resource, yields "not_applicable" with the operator's reason: no new finding,
 * and an open one from before the change is resolved rather than left open forever.
 */
function scopedVerdict(scope: CheckScope, checkId: string, resourceArn: string): Verdict | null {
  const disabled = scope.disabledChecks?.[checkId];
  if (disabled !== undefined) return { status: "not_applicable", reason: `Disabled for this account: ${disabled}`, evidence: { disabled: true } };
  const exclusion = findExclusion(scope, checkId, resourceArn);
  if (exclusion) return { status: "not_applicable", reason: `Excluded for this account: ${exclusion.reason}`, evidence: { excludedBy: exclusion.resourcePattern } };
  return null;
}
