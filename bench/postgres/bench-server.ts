/**
 * The PostgreSQL server a benchmark run uses: DATABASE_URL's server when set (the run creates and drops its
 * own databases there, named vigil_bench_*), otherwise an embedded server in a temporary folder.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded/start-embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";

export interface BenchServer {
  /** Maintenance connection string (the "postgres" database). */
  url: string;
  embedded: boolean;
  /** A new, migrated database; returns its connection string. */
  createDatabase(label: string): Promise<string>;
  dropDatabase(url: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchServer(options: { databaseUrl?: string }): Promise<BenchServer> {
  let url: string;
  let stopServer = async () => undefined as void;
  if (options.databaseUrl) {
    url = withDatabase(options.databaseUrl, "postgres");
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), "vigil-bench-pg-"));
    await chmod(dataDir, 0o755); // the server may run as the postgres user
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: () => undefined });
    url = server.url("postgres");
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const created: string[] = [];
  return {
    url,
    embedded: !options.databaseUrl,
    async createDatabase(label) {
      const name = `vigil_bench_${label}_${randomBytes(3).toString("hex")}`;
      await admin(`CREATE DATABASE "${name}"`);
      created.push(name);
      const databaseUrl = withDatabase(url, name);
      await applyMigrations(databaseUrl, { log: () => undefined });
      return databaseUrl;
    },
    async dropDatabase(databaseUrl) {
      const name = new URL(databaseUrl).pathname.slice(1);
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    async stop() {
      for (const name of created) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await stopServer();
    },
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
