/** Creates a database on a server when it does not exist yet (safe when two processes race). */
import { connectClient } from "@/lib/db/connect-client";

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = await connectClient(adminUrl);
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (existing.rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
      if (error.code !== "42P04") throw error; // duplicate_database: another process created it first.
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}
