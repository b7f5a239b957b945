/** What test/global-setup.ts hands to test files through vitest's provide/inject. */
export interface TestDatabaseContext {
  /** Superuser connection string to the test server's maintenance database. */
  serverUrl: string;
  /** Database with every migration applied, copied by createTestDatabase(). */
  templateDatabase: string;
  /** Prefix of every database this run creates, so teardown can drop leftovers. */
  databasePrefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    vigilTestDatabase: TestDatabaseContext;
  }
}

/** The same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}
