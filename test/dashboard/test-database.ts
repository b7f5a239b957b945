/**
 * A fresh Postgres database for the dashboard's integration tests and local development:
 * dropped, created and migrated with the repository's migration SQL. Refuses non-local servers.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { createDatabase, type Database } from "@/lib/db/client";

const SERVER_URL = process.env.VIGIL_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`refusing to reset a non-local database (${host})`);
}

export function migrationSql(): string {
  const root = join(process.cwd(), "prisma", "migrations");
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(join(root, name, "migration.sql"), "utf8"))
    .join("\n");
}

/** Drops and recreates `name`, applies every migration, and returns its URL. */
export async function resetDatabase(name: string): Promise<string> {
  if (!/^vigil_(dev|test)_dashboard[a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  assertLocal(SERVER_URL);
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(migrationSql());
  } finally {
    await client.end();
  }
  return url.toString();
}

export async function freshDatabase(name: string): Promise<{ url: string; database: Database }> {
  const url = await resetDatabase(name);
  return { url, database: createDatabase(url) };
}
