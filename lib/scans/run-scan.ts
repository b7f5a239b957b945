/**
 * One scan of one account, end to end: collect (streamed into the inventory), infer deletions where
 * the inventory was complete, evaluate every check, move findings through their lifecycle, and store
 * check results and posture scores. Any failure is recorded on the scan row, never lost in a log.
 * Database writes follow what changed, not what exists: an unchanged resource or finding is not written.
 */
import type { CollectionGap, CollectionSink } from "@/collectors/collection-sink";
import type { Database } from "@/lib/db/client";
import type { AccountEvaluation, IncrementalOptions } from "@/lib/checks/evaluate-account";
import { applyScanEvaluation, loadExistingFindings } from "@/lib/findings/apply-scan-evaluation";
import { isSteadyFinding } from "@/lib/findings/is-steady-finding";
import { indexFindings } from "@/lib/findings/plan-finding-transitions";
import type { CheckTallies } from "@/lib/posture/compute-check-tallies";
import { tallyVerdictCodes } from "@/lib/posture/tally-verdict-codes";
import { canonicalizeConfiguration } from "@/lib/inventory/hash-configuration";
import { completeScopes, markMissingResourcesDeleted } from "@/lib/inventory/mark-missing-resources-deleted";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { createResourceStore, type StoredInventory, type UnseenResource } from "@/lib/inventory/store-resources";
import { claimScan } from "./claim-scan";
import { compressEvaluationMemo, loadEvaluationMemo } from "./evaluation-memo-store";
import { loadLiveResources } from "./load-live-resources";
import { type PostureScoreRow, storeScanResults } from "./store-scan-results";

export interface ScanAccount {
  id: string;
  name: string;
  source: "aws" | "sample";
  roleArn: string | null;
  externalId: string | null;
  regions: string[];
}

/** What a scan needs from the outside world; injected so the pipeline runs the same with AWS, the sample or a test double. */
export interface ScanDependencies {
  collect(account: ScanAccount, sink: CollectionSink): Promise<{ regions: string[] }>;
  evaluate(resources: readonly ResourceRecord[], context: { accountId: string; now: Date } & IncrementalOptions): AccountEvaluation;
  score(tallies: CheckTallies): PostureScoreRow[];
}

export type ScanOutcome =
  | { status: "succeeded" | "partial"; scanId: string; resources: number; gaps: number; openFindings: number }
  | { status: "failed"; scanId: string; error: string }
  | { status: "skipped"; scanId: string; reason: string };

const HEARTBEAT_MS = 10_000;

export async function runScan(
  database: Database,
  scanId: string,
  dependencies: ScanDependencies,
  options: { workerId: string; now?: () => Date },
): Promise<ScanOutcome> {
  const clock = options.now ?? (() => new Date());
  const claimed = await claimScan(database, scanId, options.workerId);
  if (!claimed) return { status: "skipped", scanId, reason: "already finished, or another scan of this account is running" };

  const account = await loadScanAccount(database, claimed.accountId);
  const startedAt = clock();
  const gaps: CollectionGap[] = [];
  let apiCalls = 0;
  const parts = { done: 0, total: 0 };
  const heartbeat = setInterval(() => {
    void database.$executeRaw`
      UPDATE scans SET heartbeat_at = now(), api_calls = ${apiCalls}, progress = ${JSON.stringify({ phase: "collecting", ...parts })}::jsonb
      WHERE id = ${scanId}::uuid`.catch(() => undefined);
  }, HEARTBEAT_MS);

  try {
    const store = createResourceStore(database, { accountId: account.id, scanId, now: startedAt });
    const sink: CollectionSink = {
      resource: (record) => store.add(record),
      gap: (gap) => void gaps.push(gap),
      apiCall: () => void apiCalls++,
      progress: (part) => {
        if (part.done) parts.done++;
        else parts.total++;
      },
    };
    // What the previous evaluation left loads while collection runs. Only triage changes findings meanwhile (one
    // scan per account at a time); a finding triaged during the scan is judged as it was, and as it is by the next.
    const prior = Promise.all([loadExistingFindings(database, account.id), loadEvaluationMemo(database, account.id)]);
    prior.catch(() => undefined); // a failure surfaces where it is awaited
    const collection = await dependencies.collect(account, sink);
    const stored = await store.flush();
    await setPhase(database, scanId, "evaluating", apiCalls);

    const inventoryGaps = gaps.filter((gap) => gap.kind === "inventory");
    const { deleted, kept } = await markMissingResourcesDeleted(database, {
      accountId: account.id,
      scanId,
      now: startedAt,
      scopes: completeScopes({ regionsScanned: collection.regions, inventoryGaps }),
      unseen: stored.unseen,
      previousInventory: stored.previousInventory,
    });

    const live = await completeLiveInventory(database, account.id, stored, kept);
    // The previous evaluation's verdicts stand for what has not changed, where the findings they left are intact.
    const [existing, previous] = await prior;
    const findings = indexFindings(existing);
    const evaluation = dependencies.evaluate(live.records, {
      accountId: account.id,
      now: startedAt,
      hashes: live.hashesByArn,
      previous,
      canReuse: (checkId, arn, code) => isSteadyFinding(code, findings.get(checkId)?.get(arn), startedAt),
    });
    // The memo compresses while the findings are written; it is stored with the results, after them.
    const memo = compressEvaluationMemo(evaluation.memo);
    memo.catch(() => undefined); // a failure surfaces where it is awaited
    const lifecycle = await applyScanEvaluation(database, {
      accountId: account.id,
      scanId,
      now: startedAt,
      outcomes: evaluation.outcomes,
      resourceIds: live.idsByArn,
      existing: existing.filter((finding) => !evaluation.isReused(finding.checkId, finding.resourceArn)),
    });
    const status = gaps.length > 0 ? "partial" : "succeeded";
    const tallies = tallyVerdictCodes(evaluation.memo.checks);
    await storeScanResults(database, {
      scanId,
      accountId: account.id,
      tallies,
      posture: dependencies.score(tallies),
      memo: await memo,
      gaps,
      summary: {
        status,
        complete: inventoryGaps.length === 0,
        apiCalls,
        resourceCount: live.records.length,
        resourcesAdded: stored.counts.added,
        resourcesChanged: stored.counts.changed,
        resourcesDeleted: deleted,
        findingCount: lifecycle.open,
        findingsOpened: lifecycle.opened + lifecycle.reopened,
        findingsResolved: lifecycle.resolved + lifecycle.resolvedAsDeleted,
      },
    });
    return { status, scanId, resources: live.records.length, gaps: gaps.length, openFindings: lifecycle.open };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await database.$executeRaw`
      UPDATE scans SET status = 'failed', finished_at = now(), error = ${message}, api_calls = ${apiCalls}, progress = NULL
      WHERE id = ${scanId}::uuid`;
    return { status: "failed", scanId, error: message };
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * The live inventory the checks evaluate: what the scan saw (already in memory, as stored), plus what it kept
 * without seeing where its inventory was incomplete (read back, keys sorted the same way).
 */
async function completeLiveInventory(database: Database, accountId: string, stored: StoredInventory, kept: readonly UnseenResource[]) {
  const live = { records: stored.records, idsByArn: stored.idsByArn, hashesByArn: stored.hashesByArn };
  for (const resource of kept) live.hashesByArn.set(resource.arn, resource.hash);
  if (kept.length === 0) return live;
  const unseen = await loadLiveResources(database, accountId, { ids: kept.map((resource) => resource.id) });
  for (const record of unseen.records) {
    live.records.push({ ...record, configuration: canonicalizeConfiguration(record.configuration).configuration });
  }
  for (const [arn, id] of unseen.idsByArn) live.idsByArn.set(arn, id);
  return live;
}

async function loadScanAccount(database: Database, accountId: string): Promise<ScanAccount> {
  const account = await database.account.findUniqueOrThrow({ where: { id: accountId } });
  return {
    id: account.id,
    name: account.name,
    source: account.source,
    roleArn: account.roleArn,
    externalId: account.externalId,
    regions: account.regions,
  };
}

async function setPhase(database: Database, scanId: string, phase: string, apiCalls: number) {
  await database.$executeRaw`
    UPDATE scans SET heartbeat_at = now(), api_calls = ${apiCalls}, progress = ${JSON.stringify({ phase })}::jsonb
    WHERE id = ${scanId}::uuid`;
}
