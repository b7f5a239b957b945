import "server-only";
import { db, type Database } from "@/lib/db/client";

/** Resolves when the database answers a trivial query: the health check, which must read no account data. */
export async function pingDatabase(database: Database = db()): Promise<void> {
  await database.$queryRaw`SELECT 1`;
}
