/**
 * Rows inserted, updated and deleted per table, from PostgreSQL's cumulative statistics: a snapshot
 * before and after an operation gives the rows it wrote. Backends publish their counters when idle
 * (at most about a second late), so `snapshotRowWrites` waits for that first.
 */
import type { Database } from "@/lib/db/client";

export type RowWrites = Record<string, { inserted: number; updated: number; deleted: number }>;

export async function snapshotRowWrites(database: Database): Promise<RowWrites> {
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  const rows = await database.$transaction([
    database.$executeRaw`SELECT pg_stat_clear_snapshot()`,
    database.$queryRaw<{ relname: string; ins: bigint; upd: bigint; del: bigint }[]>`
      SELECT relname, n_tup_ins AS ins, n_tup_upd AS upd, n_tup_del AS del FROM pg_stat_user_tables WHERE schemaname = 'public'`,
  ]);
  return Object.fromEntries(
    rows[1].map((row) => [row.relname, { inserted: Number(row.ins), updated: Number(row.upd), deleted: Number(row.del) }]),
  );
}

export function diffRowWrites(before: RowWrites, after: RowWrites): { total: number; byTable: RowWrites } {
  const byTable: RowWrites = {};
  let total = 0;
  for (const [table, counts] of Object.entries(after)) {
    const base = before[table] ?? { inserted: 0, updated: 0, deleted: 0 };
    const diff = { inserted: counts.inserted - base.inserted, updated: counts.updated - base.updated, deleted: counts.deleted - base.deleted };
    const sum = diff.inserted + diff.updated + diff.deleted;
    if (sum > 0) byTable[table] = diff;
    total += sum;
  }
  return { total, byTable };
}
