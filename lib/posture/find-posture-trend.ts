import "server-only";
import { accountSql, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/**
 * The overall score of every account in scope since `since` (default 90 days), oldest first, for the overview's
 * trend chart. Raw SQL: with fifty accounts this is thousands of rows on every overview, and Prisma's row
 * mapping costs twice the CPU of the plain driver's.
 */
export async function findPostureTrend(options: { scope: AccountScope; since?: Date; database?: Database }) {
  const database = options.database ?? db();
  const since = options.since ?? new Date(Date.now() - 90 * 86_400_000);
  return database.$queryRaw<{ accountId: string; score: number; createdAt: Date }[]>`
    SELECT account_id AS "accountId", score, created_at AS "createdAt" FROM posture_snapshots
    WHERE ${accountSql(options.scope, Prisma.sql`account_id`)} AND scope = 'overall' AND key = 'all' AND created_at >= ${since}
    ORDER BY created_at, id
    LIMIT 5000`;
}
