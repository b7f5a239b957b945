/**
 * The only place that creates the Prisma client. Everything else reaches Postgres through
 * domain functions in lib/<domain>/ that receive or import this client.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";

export type Database = PrismaClient;

export function createDatabase(connectionString: string): Database {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.VIGIL_DB_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { vigilDb?: Database };

/** The process-wide client, created on first use from DATABASE_URL (set by the start-up code when embedded). */
export function db(): Database {
  if (!globalForPrisma.vigilDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start Vigil through `vigil serve` or `npm start`, which provide it.");
    globalForPrisma.vigilDb = createDatabase(url);
  }
  return globalForPrisma.vigilDb;
}
