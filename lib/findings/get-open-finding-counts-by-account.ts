import "server-only";
import { scopedAccountIds, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import type { SeverityName } from "@/lib/findings/findings.schemas";
import { sumFindingCounts } from "@/lib/findings/sum-finding-counts";

export interface OpenFindingAccountCount {
  accountId: string;
  severity: SeverityName;
  count: number;
}

/** Open (and in-progress) findings in the reader's accounts counted per account and severity, for the overview's account chart. */
export async function getOpenFindingCountsByAccount(options: { scope: AccountScope; database?: Database }): Promise<OpenFindingAccountCount[]> {
  return sumFindingCounts(
    options.database ?? db(),
    { accountIds: scopedAccountIds(options.scope), statuses: ["open", "in_progress"] },
    ["accountId", "severity"],
  );
}
