import type { Database } from "@/lib/db/client";
import { STALE_HEARTBEAT_SECONDS } from "./claim-scan";

/** A queued scan not picked up within this time may have lost its job (e.g. the sender crashed). */
const STALE_QUEUED_SECONDS = 120;

/**
 * Scans that need a worker again: running ones whose worker stopped heart-beating, and queued ones
 * nobody picked up. Sending them again is safe: a scan can only be claimed by one worker.
 */
export async function findAbandonedScans(database: Database) {
  const rows = await database.$queryRaw<{ id: string; account_id: string; heartbeat_at: Date }[]>`
    SELECT id, account_id, COALESCE(heartbeat_at, queued_at) AS heartbeat_at FROM scans
    WHERE (status = 'running' AND heartbeat_at < now() - make_interval(secs => ${STALE_HEARTBEAT_SECONDS}))
       OR (status = 'queued' AND queued_at < now() - make_interval(secs => ${STALE_QUEUED_SECONDS}))`;
  return rows.map((row) => ({ id: row.id, accountId: row.account_id, heartbeatAt: row.heartbeat_at }));
}
