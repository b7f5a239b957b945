/**
 * A throw-away migrations folder for runner tests: the real migrations plus extra ones written by the
 * test, so failures and edits never touch prisma/migrations.
 */
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface MigrationsFixture {
  dir: string;
  write(name: string, sql: string): Promise<void>;
}

export async function createMigrationsFixture(): Promise<MigrationsFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), "vigil-migrations-"));
  await cp(path.resolve("prisma/migrations"), dir, { recursive: true });
  return {
    dir,
    async write(name, sql) {
      await mkdir(path.join(dir, name), { recursive: true });
      await writeFile(path.join(dir, name, "migration.sql"), sql);
    },
  };
}
