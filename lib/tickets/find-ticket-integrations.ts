/** Tracker integrations for the settings page and the "create ticket" picker, never with their secrets. */
import type { Database } from "@/lib/db/client";

export function findTicketIntegrations(database: Database) {
  return database.ticketIntegration.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, kind: true, config: true, enabled: true, createdAt: true, _count: { select: { tickets: true } } },
  });
}
