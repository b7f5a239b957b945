/**
 * Rows inserted, updated and deleted per table, from PostgreSQL's cumulative statistics: a snapshot
 * before and after an operation gives the rows it wrote. A backend publishes its counters at most once a
 * second, and an idle one up to ten seconds late (PostgreSQL 15), so `snapshotRowWrites` waits until two
 * readings a second apart agree: otherwise one scan's writes would be counted in the next.
 */
import { isDeepStrictEqual } from "node:util";
import type { Database } from "@/lib/db/client";

export type RowWrites = Record<string, { inserted: number; updated: number; deleted: number }>;

const SETTLE_MS = 1_100;
const MAX_WAIT_MS = 15_000;

export async function snapshotRowWrites(database: Database): Promise<RowWrites> {
  const started = Date.now();
  let previous = await readRowWrites(database);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const current = await readRowWrites(database);
    if (isDeepStrictEqual(current, previous) || Date.now() - started > MAX_WAIT_MS) return current;
    previous = current;
  }
}

async function readRowWrites(database: Database): Promise<RowWrites> {
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
