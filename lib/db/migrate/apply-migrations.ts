/**
 * Applies pending migrations from prisma/migrations, recording them in _prisma_migrations exactly as
 * `prisma migrate deploy` does. Each migration runs in its own transaction, under Prisma's advisory lock,
 * so a second process waits and then finds nothing to do.
 */
import { randomUUID } from "node:crypto";
import type { ClientBase } from "pg";
import { connectClient } from "@/lib/db/connect-client";
import { DatabaseError } from "@/lib/db/database-error";
import { describeBlockingMigration, describeFailedMigration } from "@/lib/db/migrate/describe-migration-failure";
import { listMigrations, type MigrationFile } from "@/lib/db/migrate/list-migrations";
import { ensureMigrationsTable, migrationLockKey, readMigrationRows } from "@/lib/db/migrate/migrations-table";

export interface ApplyMigrationsOptions {
  /** Defaults to prisma/migrations under the current directory. */
  migrationsDir?: string;
  /** Receives progress lines and warnings (prefixed "Warning:"). Defaults to console.log. */
  log?: (message: string) => void;
}

export async function applyMigrations(connectionString: string, options: ApplyMigrationsOptions = {}): Promise<{ applied: string[] }> {
  const log = options.log ?? ((message: string) => console.log(message));
  const migrations = await listMigrations(options.migrationsDir);
  const client = await connectClient(connectionString);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
    await ensureMigrationsTable(client);
    const pending = await findPendingMigrations(client, migrations, log);
    const applied: string[] = [];
    for (const migration of pending) {
      await applyOne(client, migration);
      applied.push(migration.name);
      log(`Applied migration ${migration.name}`);
    }
    return { applied };
  } finally {
    // Ending the session also releases the advisory lock, even if the unlock query fails.
    await client.query("SELECT pg_advisory_unlock($1)", [migrationLockKey]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

async function findPendingMigrations(client: ClientBase, migrations: MigrationFile[], log: (message: string) => void): Promise<MigrationFile[]> {
  const rows = await readMigrationRows(client);
  const unfinished = rows.find((row) => row.finished_at === null);
  if (unfinished) throw new DatabaseError("migration_blocked", describeBlockingMigration(unfinished));

  const local = new Map(migrations.map((migration) => [migration.name, migration]));
  const appliedNames = new Set(rows.map((row) => row.migration_name));
  for (const row of rows) {
    const file = local.get(row.migration_name);
    if (!file) {
      log(`Warning: migration ${row.migration_name} is recorded in the database but missing from the migrations folder.`);
    } else if (file.checksum !== row.checksum) {
      log(
        `Warning: migration ${row.migration_name} was modified after it was applied (checksum differs); applied migrations are never re-run, so restore the original file and put the change in a new migration.`,
      );
    }
  }
  return migrations.filter((migration) => !appliedNames.has(migration.name));
}

async function applyOne(client: ClientBase, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  // Recorded before the script runs, as Prisma does: a process killed mid-way leaves an unfinished row
  // that blocks later runs instead of silently retrying.
  await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [
    id,
    migration.checksum,
    migration.name,
  ]);
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, reason]).catch(() => undefined);
    throw new DatabaseError("migration_failed", describeFailedMigration(migration.name, reason), { cause: error });
  }
}
