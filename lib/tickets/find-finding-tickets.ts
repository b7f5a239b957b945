/** The tracker issues linked to one finding, for its page. */
import type { Database } from "@/lib/db/client";

export function findFindingTickets(database: Database, findingId: string) {
  return database.findingTicket.findMany({
    where: { findingId },
    orderBy: { createdAt: "desc" },
    select: { issueKey: true, issueUrl: true, issueStatus: true, closedAt: true, lastSyncedAt: true, createdAt: true, integration: { select: { name: true, kind: true } } },
  });
}
