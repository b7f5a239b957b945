/**
 * One scan of one account, end to end: collect (streamed into the inventory), infer deletions where
 * the inventory was complete, evaluate every check, move findings through their lifecycle, and store
 * check results and posture scores. Any failure is recorded on the scan row, never lost in a log.
 * Database writes follow what changed, not what exists: an unchanged resource or finding is not written.
 */
import type { CollectionGap, CollectionSink } from "@/collectors/collection-sink";
import type { Database } from "@/lib/db/client";
import { applyScanEvaluation } from "@/lib/findings/apply-scan-evaluation";
import type { EvaluatedOutcome } from "@/lib/findings/plan-finding-transitions";
import { canonicalizeConfiguration } from "@/lib/inventory/hash-configuration";
import { completeScopes, markMissingResourcesDeleted } from "@/lib/inventory/mark-missing-resources-deleted";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { createResourceStore, type StoredInventory, type UnseenResource } from "@/lib/inventory/store-resources";
import { claimScan } from "./claim-scan";
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
  evaluate(resources: readonly ResourceRecord[], context: { accountId: string; now: Date }): EvaluatedOutcome[];
  score(outcomes: readonly EvaluatedOutcome[]): PostureScoreRow[];
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
    const outcomes = dependencies.evaluate(live.records, { accountId: account.id, now: startedAt });
    const lifecycle = await applyScanEvaluation(database, {
      accountId: account.id, scanId, now: startedAt, outcomes, resourceIds: live.idsByArn,
    });
    const status = gaps.length > 0 ? "partial" : "succeeded";
    await storeScanResults(database, {
      scanId,
      accountId: account.id,
      outcomes,
      posture: dependencies.score(outcomes),
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
  const live = { records: stored.records, idsByArn: stored.idsByArn };
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
