/**
 * Runs Vigil's embedded PostgreSQL in a separate process for fault tests (kill -9, SIGTERM):
 *   tsx test/helpers/embedded-child.ts <dataDir> <port>
 * Prints "ready <postmaster pid>" once the server accepts connections, then, like `vigil serve`, waits for
 * SIGINT/SIGTERM and stops the server before exiting.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded/start-embedded-postgres";
import { waitForShutdownSignal } from "@/lib/cli/wait-for-shutdown-signal";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error("usage: embedded-child.ts <dataDir> <port>");
const server = await startEmbeddedPostgres({ dataDir, port: Number(port), log: () => undefined });
const shutdownSignal = waitForShutdownSignal(); // listening before "ready", so the test's signal cannot come first
const pid = (await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0];
console.log(`ready ${pid}`);
await shutdownSignal;
await server.stop();
process.exit(0);
