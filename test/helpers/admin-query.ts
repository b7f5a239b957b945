/** Short-lived superuser connections for creating and dropping test databases. */
import type pg from "pg";
import { connectClient } from "@/lib/db/connect-client";

export async function runAdminQuery<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  // connectClient: an unreachable DATABASE_URL fails the run with one clear line.
  const client = await connectClient(serverUrl);
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await runAdminQuery(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
}

export async function dropDatabasesWithPrefix(serverUrl: string, prefix: string): Promise<void> {
  const names = await runAdminQuery(serverUrl, async (client) => {
    const result = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    return result.rows.map((row) => row.datname);
  });
  // The template last: copies may still be listed before it.
  for (const name of names.sort((a, b) => Number(a.endsWith("_template")) - Number(b.endsWith("_template")))) {
    await dropDatabase(serverUrl, name);
  }
}
