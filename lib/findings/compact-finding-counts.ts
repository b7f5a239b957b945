/**
 * Folds finding_counts' delta rows into one row per group: the triggers on findings append a row per group a
 * statement changed, so a scan leaves thousands, and readers sum fewer after this. Safe alongside writers:
 * rows committed after the DELETE's snapshot are not in it and stay, to be folded next time.
 */
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/** Compacts one account's rows, or every account's when none is given; returns how many rows it replaced. */
export async function compactFindingCounts(database: Database, accountId?: string): Promise<number> {
  const which = accountId === undefined ? Prisma.sql`TRUE` : Prisma.sql`account_id = ${accountId}`;
  const [row] = await database.$queryRaw<{ removed: number }[]>`
    WITH removed AS (
      DELETE FROM finding_counts WHERE ${which}
      RETURNING account_id, check_id, service, severity, status, count
    ), kept AS (
      INSERT INTO finding_counts (account_id, check_id, service, severity, status, count)
      SELECT account_id, check_id, service, severity, status, sum(count)
      FROM removed GROUP BY 1, 2, 3, 4, 5 HAVING sum(count) <> 0
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM removed)::int AS removed`;
  return row?.removed ?? 0;
}
