/**
 * Start-up of every Vigil process that needs Postgres (`npm start`, `vigil migrate|serve|scan`): use
 * DATABASE_URL when set, otherwise start the embedded PostgreSQL under VIGIL_DATA_DIR and create the
 * `vigil` database; then apply pending migrations. Failures are DatabaseErrors with one-line messages.
 */
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";
import { connectClient } from "@/lib/db/connect-client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { attachRunningEmbedded } from "@/lib/db/embedded/attach-running-embedded";
import { startEmbeddedPostgres } from "@/lib/db/embedded/start-embedded-postgres";
import { loadEnv, type VigilEnv } from "@/lib/env";

export interface PreparedDatabase {
  /** Connection string to hand to createDatabase() or to child processes as DATABASE_URL. */
  url: string;
  /** True when Vigil started its own embedded server (stop() then shuts it down). */
  embedded: boolean;
  stop(): Promise<void>;
}

export interface PrepareDatabaseOptions {
  env?: Pick<VigilEnv, "DATABASE_URL" | "VIGIL_DATA_DIR" | "VIGIL_EMBEDDED_PG_PORT">;
  migrationsDir?: string;
  log?: (message: string) => void;
}

export const embeddedDatabaseName = "vigil";

export async function prepareDatabase(options: PrepareDatabaseOptions = {}): Promise<PreparedDatabase> {
  const env = options.env ?? loadEnv();
  const log = options.log ?? ((message: string) => console.log(message));

  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    // Fail fast with "Cannot reach PostgreSQL at host:port/db: cause" before anything else runs.
    await (await connectClient(url)).end();
    await applyMigrations(url, { migrationsDir: options.migrationsDir, log });
    return { url, embedded: false, stop: async () => undefined };
  }

  const attached = await attachRunningEmbedded(env.VIGIL_DATA_DIR, embeddedDatabaseName);
  if (attached) {
    log("Using the embedded database of the Vigil that is already running.");
    await (await connectClient(attached)).end();
    await applyMigrations(attached, { migrationsDir: options.migrationsDir, log });
    return { url: attached, embedded: false, stop: async () => undefined };
  }

  const server = await startEmbeddedPostgres({ dataDir: env.VIGIL_DATA_DIR, port: env.VIGIL_EMBEDDED_PG_PORT, log });
  try {
    await ensureDatabase(server.url("postgres"), embeddedDatabaseName);
    const url = server.url(embeddedDatabaseName);
    await applyMigrations(url, { migrationsDir: options.migrationsDir, log });
    return { url, embedded: true, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
