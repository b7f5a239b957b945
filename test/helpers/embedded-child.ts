/**
 * Runs Vigil's embedded PostgreSQL in a separate process for fault tests (kill -9, SIGTERM):
 *   tsx test/helpers/embedded-child.ts <dataDir> <port>
 * Prints "ready <postmaster pid>" once the server accepts connections, then waits for a signal.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded/start-embedded-postgres";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error("usage: embedded-child.ts <dataDir> <port>");
await startEmbeddedPostgres({ dataDir, port: Number(port), log: () => undefined });
const pid = (await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0];
console.log(`ready ${pid}`);
setInterval(() => undefined, 60_000);
