/**
 * A real Vigil job worker (lib/jobs/start-worker.ts) whose scans read the synthetic collector, for the
 * worker benchmark and test/integration/worker-kill.test.ts. Run with
 *   node --conditions=react-server --import tsx bench/workers/synthetic-worker.ts
 * DATABASE_URL and the SYNTHETIC_* settings of synthetic-scan-dependencies.ts come from the environment.
 * Prints one JSON line per event on stdout: {"event":"ready"}, and on SIGTERM {"event":"stopped","maxRssKb":n}.
 */
import { register } from "node:module";

register("./redirect-scan-dependencies.mjs", import.meta.url);

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error("DATABASE_URL is required");

const emit = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);
// Job logs go to stderr so stdout carries only events.
console.log = (...args: unknown[]) => console.error(...args);

// Imported after the hook is registered, so the job handlers resolve the synthetic dependencies.
const { startWorker } = await import("@/lib/jobs/start-worker");
await startWorker({ connectionString });
emit({ event: "ready", pid: process.pid });
process.on("SIGTERM", () => {
  emit({ event: "stopped", maxRssKb: process.resourceUsage().maxRSS });
  process.exit(0);
});
