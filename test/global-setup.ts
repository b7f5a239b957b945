/**
 * vitest globalSetup: one PostgreSQL server for the whole run and a template database with every migration
 * applied. Uses the server of DATABASE_URL when set (e.g. the local PostgreSQL 15), otherwise starts an
 * embedded PostgreSQL in a temporary folder on a free port. Tests reach it through
 * test/helpers/test-database.ts (createTestDatabase).
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";
import { startEmbeddedPostgres } from "@/lib/db/embedded/start-embedded-postgres";
import { findFreePort } from "@/test/helpers/free-port";
import { dropDatabasesWithPrefix, runAdminQuery } from "@/test/helpers/admin-query";
import { databaseUrl, type TestDatabaseContext } from "@/test/helpers/test-database-context";

export default async function setup(project: TestProject) {
  const cleanups: Array<() => Promise<void>> = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    return await prepare(project, cleanups, teardown);
  } catch (error) {
    await teardown().catch(() => undefined);
    throw error;
  }
}

async function prepare(project: TestProject, cleanups: Array<() => Promise<void>>, teardown: () => Promise<void>) {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = await mkdtemp(path.join(tmpdir(), "vigil-test-pg-"));
    // The server may run as the `postgres` user (when tests run as root): let it reach the folder.
    await chmod(dataDir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), log: () => undefined });
    serverUrl = server.url("postgres");
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }), () => server.stop());
  }

  const databasePrefix = `vigil_test_${randomBytes(4).toString("hex")}`;
  const templateDatabase = `${databasePrefix}_template`;
  await runAdminQuery(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(templateDatabase)}`));
  cleanups.push(() => dropDatabasesWithPrefix(serverUrl, databasePrefix));
  await applyMigrations(databaseUrl(serverUrl, templateDatabase), { log: () => undefined });

  const context: TestDatabaseContext = { serverUrl, templateDatabase, databasePrefix };
  project.provide("vigilTestDatabase", context);

  return teardown;
}
