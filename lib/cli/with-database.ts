/**
 * Runs a CLI command body with Vigil's database ready: DATABASE_URL or the embedded server, migrated.
 * DATABASE_URL is set for the rest of the process so lib/db's `db()` and child processes find it.
 */
import { db, type Database } from "@/lib/db/client";
import { prepareDatabase, type PreparedDatabase } from "@/lib/db/prepare-database";

export async function withDatabase<T>(
  body: (database: Database, prepared: PreparedDatabase) => Promise<T>,
  options: { quiet?: boolean } = {},
): Promise<T> {
  const prepared = await prepareDatabase({ log: options.quiet ? () => undefined : (message) => console.error(message) });
  process.env.DATABASE_URL = prepared.url;
  const database = db();
  try {
    return await body(database, prepared);
  } finally {
    await database.$disconnect().catch(() => undefined);
    await prepared.stop();
  }
}
