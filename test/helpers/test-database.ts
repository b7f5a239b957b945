/**
 * A fresh, fully migrated database per test file (or per test), for integration tests:
 *
 *   const testDb = await createTestDatabase();       // in beforeAll
 *   await someDomainFunction(testDb.db, ...);         // testDb.db is a Prisma client (createDatabase)
 *   await testDb.drop();                              // in afterAll
 *
 * Copies the template database that test/global-setup.ts migrated once (CREATE DATABASE ... TEMPLATE),
 * so it costs tens of milliseconds. `{ migrated: false }` gives an empty database instead (for migration
 * tests). Databases a test forgets to drop are dropped when the run ends.
 */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabase, type Database } from "@/lib/db/client";
import { dropDatabase, runAdminQuery } from "@/test/helpers/admin-query";
import { databaseUrl } from "@/test/helpers/test-database-context";

export interface TestDatabase {
  /** Database name, unique per call. */
  name: string;
  url: string;
  db: Database;
  /** Disconnects the client and drops the database. */
  drop(): Promise<void>;
}

export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const { serverUrl, templateDatabase, databasePrefix } = inject("vigilTestDatabase");
  const name = `${databasePrefix}_${randomBytes(6).toString("hex")}`;
  const template = options.migrated === false ? "template0" : templateDatabase;
  await createFromTemplate(serverUrl, name, template);

  const url = databaseUrl(serverUrl, name);
  const db = createDatabase(url);
  return {
    name,
    url,
    db,
    async drop() {
      await db.$disconnect();
      await dropDatabase(serverUrl, name);
    },
  };
}

/** The test server's maintenance connection string, for tests that need the server itself. */
export function testServerUrl(): string {
  return inject("vigilTestDatabase").serverUrl;
}

async function createFromTemplate(serverUrl: string, name: string, template: string, attempt = 1): Promise<void> {
  try {
    await runAdminQuery(serverUrl, (client) =>
      client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`),
    );
  } catch (error) {
    // 55006: the template is briefly in use by a concurrent copy; try again.
    if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    await createFromTemplate(serverUrl, name, template, attempt + 1);
  }
}
