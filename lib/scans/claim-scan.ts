/**
 * A worker claims a scan before running it. At most one scan per account runs at a time; a scan
 * whose worker stopped heart-beating (killed, crashed) can be claimed again and re-run from the start,
 * which is safe because every write of a scan is an idempotent upsert.
 */
import type { Database } from "@/lib/db/client";

/** A running scan whose heartbeat is older than this is considered abandoned. */
export const STALE_HEARTBEAT_SECONDS = 60;

export interface ClaimedScan {
  id: string;
  accountId: string;
}

export async function claimScan(database: Database, scanId: string, workerId: string): Promise<ClaimedScan | null> {
  const [account] = await database.$queryRaw<{ account_id: string }[]>`SELECT account_id FROM scans WHERE id = ${scanId}::uuid`;
  if (!account) return null;
  const [, claimed] = await database.$transaction([
    database.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"vigil-scan:" + account.account_id}))`,
    database.$queryRaw<{ id: string; account_id: string }[]>`
      UPDATE scans s SET status = 'running', started_at = now(), heartbeat_at = now(), worker_id = ${workerId},
             error = NULL, finished_at = NULL
      WHERE s.id = ${scanId}::uuid
        AND (s.status = 'queued'
             OR (s.status = 'running' AND s.heartbeat_at < now() - make_interval(secs => ${STALE_HEARTBEAT_SECONDS})))
        AND NOT EXISTS (
          SELECT 1 FROM scans other
          WHERE other.account_id = s.account_id AND other.id <> s.id AND other.status = 'running'
            AND other.heartbeat_at >= now() - make_interval(secs => ${STALE_HEARTBEAT_SECONDS}))
      RETURNING s.id, s.account_id`,
  ]);
  const row = claimed[0];
  return row ? { id: row.id, accountId: row.account_id } : null;
}
