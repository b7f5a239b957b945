/**
 * Looks at postmaster.pid before starting. Decision (documented in lib/db/README.md):
 * - no pid file: nothing to do;
 * - pid file whose process is gone (the server was killed): remove the stale file, PostgreSQL recovers
 *   from its WAL on start;
 * - live server started by another running Vigil: refuse ("Vigil's database is already running (pid N)"),
 *   because sharing it would let the first Vigil stop the database under the second;
 * - live server whose Vigil process has died (orphaned by a kill -9): shut it down cleanly and start afresh;
 * - live server with no owner record (started by hand): refuse, naming the pid.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { DatabaseError } from "@/lib/db/database-error";
import type { EmbeddedPaths } from "@/lib/db/embedded/embedded-paths";
import { isPostgresProcess, isProcessAlive, waitForExit } from "@/lib/db/embedded/process-alive";

export async function recoverRunningPostmaster(paths: EmbeddedPaths, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(paths.pgData, "postmaster.pid");
  const pid = await readPostmasterPid(paths);
  if (pid === undefined) return;

  if (!(await isPostgresProcess(pid))) {
    await rm(pidFile, { force: true });
    log(`Removed a stale postmaster.pid (pid ${pid} is no longer running); PostgreSQL will recover from its log.`);
    return;
  }

  const owner = await readPid(paths.ownerFile);
  if (owner === undefined || isProcessAlive(owner)) {
    const by = owner === undefined ? "" : `, started by Vigil process ${owner}`;
    throw new DatabaseError(
      "embedded_already_running",
      `Vigil's database is already running (pid ${pid}${by}) on ${paths.pgData}; stop the other Vigil first, or give this one its own VIGIL_DATA_DIR.`,
    );
  }

  log(`Vigil's database was left running by a process that ended (pid ${pid}); shutting it down cleanly before starting it again.`);
  process.kill(pid, "SIGINT");
  if (!(await waitForExit(pid, 60_000))) {
    throw new DatabaseError(
      "embedded_already_running",
      `Vigil's database is already running (pid ${pid}) and did not stop within 60 s; stop it with \`kill ${pid}\` and start Vigil again.`,
    );
  }
}

export function readPostmasterPid(paths: EmbeddedPaths): Promise<number | undefined> {
  return readPid(path.join(paths.pgData, "postmaster.pid"));
}

async function readPid(file: string): Promise<number | undefined> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  const pid = Number.parseInt(text?.split("\n")[0]?.trim() ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
