/**
 * The equivalent of `prisma migrate resolve --rolled-back <name>`, for the CLI: marks a failed or
 * interrupted migration as rolled back so the next run applies the (fixed) file again.
 */
import { connectClient } from "@/lib/db/connect-client";
import { ensureMigrationsTable } from "@/lib/db/migrate/migrations-table";

export async function markMigrationRolledBack(connectionString: string, migrationName: string): Promise<boolean> {
  const client = await connectClient(connectionString);
  try {
    await ensureMigrationsTable(client);
    const result = await client.query(
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
      [migrationName],
    );
    return (result.rowCount ?? 0) > 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}
