/**
 * Lets a second Vigil command (`vigil findings`, `vigil scan`, `vigil worker` next to `npm start`) use the
 * embedded PostgreSQL that another running Vigil owns, as a client: it never starts or stops that server.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { embeddedPaths } from "@/lib/db/embedded/embedded-paths";
import { isProcessAlive } from "@/lib/db/embedded/process-alive";

/** The connection string of a server owned by another live Vigil process, or undefined when there is none. */
export async function attachRunningEmbedded(dataDir: string, database: string): Promise<string | undefined> {
  const paths = embeddedPaths(dataDir);
  const owner = Number.parseInt((await readFile(paths.ownerFile, "utf8").catch(() => "")).trim(), 10);
  if (!Number.isInteger(owner) || owner === process.pid || !isProcessAlive(owner)) return undefined;
  // postmaster.pid: line 1 pid, line 4 port (PostgreSQL's documented layout).
  const lines = (await readFile(path.join(paths.pgData, "postmaster.pid"), "utf8").catch(() => "")).split("\n");
  const port = Number.parseInt(lines[3]?.trim() ?? "", 10);
  const password = (await readFile(paths.passwordFile, "utf8").catch(() => "")).trim();
  if (!Number.isInteger(port) || !password) return undefined;
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}
