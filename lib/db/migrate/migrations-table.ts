/**
 * The bookkeeping table, identical to the one `prisma migrate deploy` creates, so a database migrated by
 * Vigil can later be managed by Prisma's own tooling (and the other way round).
 */
import type { ClientBase } from "pg";

/** Prisma's advisory lock key: using the same one keeps Vigil's runner and Prisma's from migrating at once. */
export const migrationLockKey = 72707369;

const createTableSql = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
}

export async function ensureMigrationsTable(client: ClientBase): Promise<void> {
  await client.query(createTableSql);
}

/** Rows that still count: Prisma ignores rows marked rolled back (`prisma migrate resolve --rolled-back`). */
export async function readMigrationRows(client: ClientBase): Promise<MigrationRow[]> {
  const result = await client.query<MigrationRow>(
    `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at
       FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  );
  return result.rows;
}
