// The ticket status poller: one pass over every enabled Jira integration's open links.
import { db } from "@/lib/db/client";
import { syncTicketStatuses } from "@/lib/tickets/sync-ticket-statuses";
import type { JobContext } from "../job-definition";

export default async function syncTickets(_input: unknown, context: JobContext): Promise<void> {
  const counts = await syncTicketStatuses(db());
  if (counts.closed > 0 || counts.failedIntegrations > 0) {
    context.log(`checked ${counts.checked} issues: ${counts.closed} closed, ${counts.resolvedFindings} findings resolved, ${counts.failedIntegrations} integrations failed`);
  }
}
