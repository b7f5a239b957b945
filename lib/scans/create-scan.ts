/**
 * Records a scan request. An account with a scan already queued or running gets that scan back
 * instead of a second one; a scheduled slot's key makes the same slot impossible to queue twice.
 */
import type { Database } from "@/lib/db/client";
import { STALE_HEARTBEAT_SECONDS } from "./claim-scan";

export type ScanTrigger = "schedule" | "manual" | "startup" | "cli";

export interface CreatedScan {
  id: string;
  /** False when an existing queued or running scan was returned instead. */
  created: boolean;
}

export async function createScan(
  database: Database,
  options: { accountId: string; trigger: ScanTrigger; slotKey?: string },
): Promise<CreatedScan> {
  const [pending] = await database.$queryRaw<{ id: string }[]>`
    SELECT id FROM scans
    WHERE account_id = ${options.accountId}
      AND (status = 'queued' OR (status = 'running' AND heartbeat_at >= now() - make_interval(secs => ${STALE_HEARTBEAT_SECONDS})))
    ORDER BY queued_at DESC LIMIT 1`;
  if (pending) return { id: pending.id, created: false };
  const inserted = await database.$queryRaw<{ id: string }[]>`
    INSERT INTO scans (id, account_id, trigger, slot_key)
    VALUES (gen_random_uuid(), ${options.accountId}, ${options.trigger}, ${options.slotKey ?? null})
    ON CONFLICT (slot_key) DO NOTHING
    RETURNING id`;
  const row = inserted[0];
  if (row) return { id: row.id, created: true };
  const [existing] = await database.$queryRaw<{ id: string }[]>`SELECT id FROM scans WHERE slot_key = ${options.slotKey ?? null}`;
  if (!existing) throw new Error("Scan slot conflict without an existing scan");
  return { id: existing.id, created: false };
}
