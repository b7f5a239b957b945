import "server-only";
import { scopedAccountIds, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import type { SeverityName } from "@/lib/findings/findings.schemas";
import { sumFindingCounts } from "@/lib/findings/sum-finding-counts";

export interface OpenFindingCount {
  service: string;
  severity: SeverityName;
  count: number;
}

/** Open (and in-progress) findings in the reader's accounts counted per service and severity; the chart shapers derive every total. */
export async function getOpenFindingCounts(
  options: { scope: AccountScope; accountId?: string; database?: Database },
): Promise<OpenFindingCount[]> {
  const database = options.database ?? db();
  // From finding_counts (lib/findings/sum-finding-counts.ts): a GROUP BY over every finding costs a second at a million.
  return sumFindingCounts(
    database,
    { accountIds: scopedAccountIds(options.scope, options.accountId), statuses: ["open", "in_progress"] },
    ["service", "severity"],
  );
}
