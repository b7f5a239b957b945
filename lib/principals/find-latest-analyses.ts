import "server-only";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export interface LatestAnalysis {
  id: string;
  accountId: string;
  accountName: string;
  scanId: string;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  principalCount: number;
  problemCount: number;
}

/**
 * The newest succeeded IAM analysis of each account (iam_analyses_account_id_status_started_at_idx):
 * what the principals list and `vigil principals` show. `accountIds` null means every account.
 */
export async function findLatestAnalyses(database: Database, accountIds: readonly string[] | null): Promise<LatestAnalysis[]> {
  if (accountIds && accountIds.length === 0) return [];
  const scope = accountIds ? Prisma.sql`AND a.account_id IN (${Prisma.join(accountIds)})` : Prisma.empty;
  return database.$queryRaw<LatestAnalysis[]>`
    SELECT DISTINCT ON (a.account_id)
      a.id, a.account_id AS "accountId", acc.name AS "accountName", a.scan_id AS "scanId", a.started_at AS "startedAt",
      a.finished_at AS "finishedAt", a.duration_ms AS "durationMs", a.principal_count AS "principalCount",
      jsonb_array_length(a.problems)::int AS "problemCount"
    FROM iam_analyses a JOIN accounts acc ON acc.id = a.account_id
    WHERE a.status = 'succeeded' ${scope}
    ORDER BY a.account_id, a.started_at DESC`;
}

/** Accounts the actor may see: its scope narrowed to one requested account, or null for all. */
export function scopedAccounts(accountScope: readonly string[] | null, requested: string | undefined): readonly string[] | null {
  if (!requested) return accountScope;
  return !accountScope || accountScope.includes(requested) ? [requested] : [];
}
