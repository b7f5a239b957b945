/**
 * Data retention: deletes what is older than the retention age, in batches (see delete-in-batches.ts).
 * - resource history: versions superseded before the cutoff (a resource's newest version is always kept),
 *   and resources deleted before the cutoff whose findings are all resolved (their versions and findings go with them);
 * - closed findings: resolved before the cutoff (their timeline goes with them);
 * - scan records: finished before the cutoff, except each account's latest finished scan (its gaps, check
 *   results and posture snapshots go with them, so trend charts reach back as far as the retention age).
 */
import type { Database } from "@/lib/db/client";
import { type BatchDeleteOptions, type BatchResult, deleteInBatches } from "./delete-in-batches";

export interface PruneCounts {
  resourceVersions: number;
  deletedResources: number;
  closedFindings: number;
  scans: number;
}

const DAY_MS = 86_400_000;
const FIRST_UUID = "00000000-0000-0000-0000-000000000000";

type BatchRow = { examined: number; deleted: number; last_key: string | bigint | null };

export async function pruneOldData(
  database: Database,
  options: { now: Date; retentionDays: number; batchSize?: number; pauseMs?: number },
): Promise<PruneCounts> {
  const counts: PruneCounts = { resourceVersions: 0, deletedResources: 0, closedFindings: 0, scans: 0 };
  if (options.retentionDays <= 0) return counts;
  const cutoff = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const batching: BatchDeleteOptions = { batchSize: options.batchSize ?? 5_000, pauseMs: options.pauseMs ?? 50 };

  counts.resourceVersions = await deleteInBatches(
    0n,
    async (after, limit) => toResult(await database.$queryRaw<BatchRow[]>`
      WITH batch AS (
        SELECT v.id FROM resource_versions v
        WHERE v.id > ${after} AND v.captured_at < ${cutoff}
          AND EXISTS (SELECT 1 FROM resource_versions newer
                      WHERE newer.resource_id = v.resource_id AND newer.captured_at > v.captured_at)
        ORDER BY v.id LIMIT ${limit}
      ), gone AS (DELETE FROM resource_versions v USING batch WHERE v.id = batch.id RETURNING v.id)
      SELECT (SELECT count(*)::int FROM batch) AS examined, (SELECT count(*)::int FROM gone) AS deleted,
             (SELECT id FROM batch ORDER BY id DESC LIMIT 1) AS last_key`),
    batching,
  );

  counts.deletedResources = await deleteInBatches(
    FIRST_UUID,
    async (after, limit) => toResult(await database.$queryRaw<BatchRow[]>`
      WITH batch AS (
        SELECT r.id FROM resources r
        WHERE r.id > ${after}::uuid AND r.deleted_at < ${cutoff}
          AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.resource_id = r.id AND f.status <> 'resolved')
        ORDER BY r.id LIMIT ${limit}
      ), gone AS (DELETE FROM resources r USING batch WHERE r.id = batch.id RETURNING r.id)
      SELECT (SELECT count(*)::int FROM batch) AS examined, (SELECT count(*)::int FROM gone) AS deleted,
             (SELECT id::text FROM batch ORDER BY id DESC LIMIT 1) AS last_key`),
    batching,
  );

  counts.closedFindings = await deleteInBatches(
    FIRST_UUID,
    async (after, limit) => toResult(await database.$queryRaw<BatchRow[]>`
      WITH batch AS (
        SELECT f.id FROM findings f
        WHERE f.id > ${after}::uuid AND f.status = 'resolved' AND f.resolved_at < ${cutoff}
        ORDER BY f.id LIMIT ${limit}
      ), gone AS (DELETE FROM findings f USING batch WHERE f.id = batch.id AND f.status = 'resolved' RETURNING f.id)
      SELECT (SELECT count(*)::int FROM batch) AS examined, (SELECT count(*)::int FROM gone) AS deleted,
             (SELECT id::text FROM batch ORDER BY id DESC LIMIT 1) AS last_key`),
    batching,
  );

  counts.scans = await deleteInBatches(
    FIRST_UUID,
    async (after, limit) => toResult(await database.$queryRaw<BatchRow[]>`
      WITH batch AS (
        SELECT s.id FROM scans s
        WHERE s.id > ${after}::uuid AND s.finished_at < ${cutoff} AND s.status NOT IN ('queued', 'running')
          AND s.id <> (SELECT latest.id FROM scans latest
                       WHERE latest.account_id = s.account_id AND latest.finished_at IS NOT NULL
                       ORDER BY latest.finished_at DESC LIMIT 1)
        ORDER BY s.id LIMIT ${limit}
      ), gone AS (DELETE FROM scans s USING batch WHERE s.id = batch.id RETURNING s.id)
      SELECT (SELECT count(*)::int FROM batch) AS examined, (SELECT count(*)::int FROM gone) AS deleted,
             (SELECT id::text FROM batch ORDER BY id DESC LIMIT 1) AS last_key`),
    batching,
  );

  return counts;
}

function toResult<Key>(rows: BatchRow[]): BatchResult<Key> {
  const row = rows[0] ?? { examined: 0, deleted: 0, last_key: null };
  return { examined: row.examined, deleted: row.deleted, lastKey: row.last_key as Key | null };
}
