/**
 * Reopens suppressions and risk acceptances whose expiry has passed, without waiting for a scan, and records
 * a "suppression_expired" event by the system for each. Safe to run concurrently (row locks, one statement).
 */
import type { Database } from "@/lib/db/client";

export async function reopenExpiredSuppressions(database: Database, now = new Date()): Promise<{ reopened: string[] }> {
  const rows = await database.$queryRaw<{ id: string }[]>`
    WITH expired AS (
      SELECT id, status, suppressed_until FROM findings
      WHERE status IN ('suppressed', 'risk_accepted') AND suppressed_until <= ${now}
      ORDER BY id
      FOR UPDATE SKIP LOCKED
    ),
    reopened AS (
      UPDATE findings f SET status = 'open', status_changed_at = ${now}, suppressed_until = NULL, suppression_reason = NULL
      FROM expired e WHERE f.id = e.id
      RETURNING f.id, e.status AS from_status, e.suppressed_until
    ),
    events AS (
      INSERT INTO finding_events (finding_id, kind, actor, from_status, to_status, data, created_at)
      SELECT id, 'suppression_expired', 'system', from_status, 'open',
             jsonb_build_object('until', to_char(suppressed_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), ${now}
      FROM reopened
    )
    SELECT id::text AS id FROM reopened`;
  return { reopened: rows.map((row) => row.id) };
}
