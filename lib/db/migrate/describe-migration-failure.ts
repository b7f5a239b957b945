/**
 * One-line explanations of a failed or interrupted migration, in the spirit of Prisma's P3009, that say
 * how to unblock: fix the file, mark the attempt rolled back, start again.
 */
import type { MigrationRow } from "@/lib/db/migrate/migrations-table";

function howToResolve(name: string): string {
  return (
    `Fix prisma/migrations/${name}/migration.sql, then mark the attempt rolled back with ` +
    `\`npx prisma migrate resolve --rolled-back ${name}\` (or run: UPDATE "_prisma_migrations" SET rolled_back_at = now() ` +
    `WHERE migration_name = '${name}' AND finished_at IS NULL;) and start Vigil again.`
  );
}

export function describeFailedMigration(name: string, reason: string): string {
  return `Migration ${name} failed: ${firstLine(reason)}. Its changes were rolled back and existing data is intact; it is recorded as failed and blocks further migrations. ${howToResolve(name)}`;
}

export function describeBlockingMigration(row: MigrationRow): string {
  const what = row.logs
    ? `failed (${firstLine(row.logs)})`
    : "was interrupted before it finished";
  return `Migrations are blocked (like Prisma's P3009): migration ${row.migration_name}, started ${row.started_at.toISOString()}, ${what}. Each migration runs in a transaction, so existing data is intact. ${howToResolve(row.migration_name)}`;
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").replace(/\.$/, "");
}
