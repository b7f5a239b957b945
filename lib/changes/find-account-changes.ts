/**
 * What the "what changed" page shows for one account: either the latest finished scan against the one
 * before it, or everything since a date; with the anomaly signals of the same window. An account outside
 * the reader's scope has no changes to show.
 */
import { findAnomalies } from "@/lib/anomalies/find-anomalies";
import type { AnomalySignal } from "@/lib/anomalies/anomaly-signal";
import { inScope, type AccountScope } from "@/lib/auth/account-scope";
import type { Database } from "@/lib/db/client";
import type { ChangeSet } from "./change-set";
import { findChangesSince } from "./find-changes-since";
import { findScanChanges } from "./find-scan-changes";

export interface AccountChanges {
  changes: ChangeSet | null;
  anomalies: AnomalySignal[];
}

export async function findAccountChanges(database: Database, scope: AccountScope, options: { accountId: string; since?: Date; scanId?: string }): Promise<AccountChanges> {
  if (!inScope(scope, options.accountId)) return { changes: null, anomalies: [] };
  let changes: ChangeSet | null;
  if (options.since) changes = await findChangesSince(database, { accountId: options.accountId, since: options.since });
  else {
    const scan = options.scanId
      ? await database.scan.findFirst({ where: { id: options.scanId, accountId: options.accountId }, select: { id: true } })
      : await database.scan.findFirst({
          where: { accountId: options.accountId, status: { in: ["succeeded", "partial"] }, finishedAt: { not: null } },
          orderBy: { finishedAt: "desc" },
          select: { id: true },
        });
    changes = scan ? await findScanChanges(database, scan.id) : null;
  }
  if (!changes) return { changes: null, anomalies: [] };
  // The first scan of an account has nothing to deviate from.
  const anomalies = changes.from
    ? await findAnomalies(database, { accountId: options.accountId, window: { since: new Date(changes.from.getTime() + 1), until: changes.to } })
    : [];
  return { changes, anomalies };
}
