/**
 * Opens a single pg connection and turns connection failures into one readable line
 * ("Cannot reach PostgreSQL at host:port: connection refused"), never a stack trace.
 */
import pg from "pg";
import { DatabaseError } from "@/lib/db/database-error";

export async function connectClient(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  // A server that goes away later must not crash the process through an unhandled 'error' event.
  client.on("error", () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new DatabaseError("database_unreachable", `Cannot reach PostgreSQL at ${describeServer(connectionString)}: ${describeCause(error)}.`, {
      cause: error,
    });
  }
}

/** host:port/database of a connection string, without the credentials. */
export function describeServer(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    const database = url.pathname.replace(/^\//, "");
    return `${url.hostname || "localhost"}:${url.port || "5432"}${database ? `/${database}` : ""}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

function describeCause(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: "connection refused (is PostgreSQL running and listening on that port?)",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host name could not be resolved",
    ETIMEDOUT: "connection timed out",
    EHOSTUNREACH: "host unreachable",
    "28P01": "password authentication failed",
    "28000": "access denied for this user",
    "3D000": "the database does not exist",
  };
  if (code && known[code]) return known[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? "unknown error";
}
