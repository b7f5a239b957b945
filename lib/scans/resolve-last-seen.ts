/**
 * "Last seen" of resources and findings, for every reader. Scans write only what changed, so a resource the
 * latest scan saw unchanged, or a finding it found failing the same way, keeps a mark (seen_in_latest_scan)
 * instead of a rewritten last_seen_at: its last sighting is then its account's latest inventory (resources)
 * or evaluation (findings), recorded once per scan on the account. Rows without the mark carry the real time.
 * Readers fetch their page as before and pass it through resolveLastSeen (one indexed query per page).
 */
import type { Database } from "@/lib/db/client";

/** Resources are seen by the account's latest inventory; findings by its latest evaluation. */
export type SightingKind = "resources" | "findings";

/** The real "last seen" of one row, given when its account's latest scan of that kind was. */
export function lastSeenOf(row: { lastSeenAt: Date; seenInLatestScan: boolean }, latestScanAt: Date | null | undefined): Date {
  return row.seenInLatestScan && latestScanAt && latestScanAt > row.lastSeenAt ? latestScanAt : row.lastSeenAt;
}

/** When each account's latest scan took its inventory or evaluated its findings (accounts never scanned are absent). */
export async function readLatestSightings(database: Database, kind: SightingKind, accountIds: Iterable<string>): Promise<Map<string, Date>> {
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) return new Map();
  const accounts = await database.account.findMany({
    where: { id: { in: ids } },
    select: { id: true, inventorySeenAt: true, findingsSeenAt: true },
  });
  const sightings = new Map<string, Date>();
  for (const account of accounts) {
    const at = kind === "resources" ? account.inventorySeenAt : account.findingsSeenAt;
    if (at) sightings.set(account.id, at);
  }
  return sightings;
}

/** The real "last seen" of each row, by id (ids not found are absent). */
export async function readLastSeen(database: Database, kind: SightingKind, ids: readonly string[]): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map();
  const rows =
    kind === "resources"
      ? await database.$queryRaw<{ id: string; last_seen_at: Date; seen: boolean; latest: Date | null }[]>`
          SELECT r.id::text, r.last_seen_at, r.seen_in_latest_scan AS seen, a.inventory_seen_at AS latest
          FROM resources r JOIN accounts a ON a.id = r.account_id WHERE r.id = ANY(${ids}::uuid[])`
      : await database.$queryRaw<{ id: string; last_seen_at: Date; seen: boolean; latest: Date | null }[]>`
          SELECT f.id::text, f.last_seen_at, f.seen_in_latest_scan AS seen, a.findings_seen_at AS latest
          FROM findings f JOIN accounts a ON a.id = f.account_id WHERE f.id = ANY(${ids}::uuid[])`;
  return new Map(rows.map((row) => [row.id, lastSeenOf({ lastSeenAt: row.last_seen_at, seenInLatestScan: row.seen }, row.latest)]));
}

/** The rows, in the same order, with lastSeenAt as the real "last seen" rather than the stored column. */
export async function resolveLastSeen<T extends { id: string; lastSeenAt: Date }>(
  database: Database,
  kind: SightingKind,
  rows: readonly T[],
): Promise<T[]> {
  const lastSeen = await readLastSeen(database, kind, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, lastSeenAt: lastSeen.get(row.id) ?? row.lastSeenAt }));
}
