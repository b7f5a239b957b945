/** Reads prisma/migrations the way Prisma does: one folder per migration, applied in name order. */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 hex of migration.sql's bytes: the value Prisma stores in _prisma_migrations.checksum. */
  checksum: string;
}

export const defaultMigrationsDir = path.resolve(process.cwd(), "prisma/migrations");

export async function listMigrations(migrationsDir: string = defaultMigrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrations: MigrationFile[] = [];
  for (const name of names) {
    const bytes = await readFile(path.join(migrationsDir, name, "migration.sql")).catch(() => undefined);
    if (!bytes) continue; // Prisma ignores folders without migration.sql too.
    migrations.push({ name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") });
  }
  return migrations;
}
