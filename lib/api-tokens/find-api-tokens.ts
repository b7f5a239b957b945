/** Tokens for the integrations page: never the hash, only the prefix people recognise. */
import type { Database } from "@/lib/db/client";

export function findApiTokens(database: Database) {
  return database.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, actions: true, accountScope: true, createdBy: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
}
