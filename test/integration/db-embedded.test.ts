/** Fault tests of Vigil's embedded PostgreSQL: each starts real servers in temporary folders. */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseError } from "@/lib/db/database-error";
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from "@/lib/db/embedded/start-embedded-postgres";
import { isPostgresProcess, waitForExit } from "@/lib/db/embedded/process-alive";
import { createDataDir, startEmbeddedChild, waitForChildExit } from "@/test/helpers/embedded-fixture";
import { findFreePort } from "@/test/helpers/free-port";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function dataDir(): Promise<string> {
  const folder = await createDataDir();
  cleanups.push(folder.remove);
  return folder.dir;
}

async function start(dir: string, port?: number, log: (line: string) => void = () => undefined): Promise<EmbeddedPostgresServer> {
  const server = await startEmbeddedPostgres({ dataDir: dir, port: port ?? (await findFreePort()), log });
  cleanups.push(() => server.stop());
  return server;
}

async function sql<T extends pg.QueryResultRow>(server: EmbeddedPostgresServer, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: server.url("postgres") });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function failure(promise: Promise<unknown>): Promise<DatabaseError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatabaseError);
  expect((error as Error).message).not.toContain("\n");
  return error as DatabaseError;
}

const postmasterPid = async (dir: string) => Number((await readFile(path.join(dir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0]);

describe("embedded PostgreSQL", () => {
  it("initialises once and keeps data across restarts", async () => {
    const dir = await dataDir();
    const first = await start(dir);
    await sql(first, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await start(dir);
    expect(await sql(second, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(["postgres", "postgres.password", "postgres.owner"]));
  });

  it("refuses a port used by another program, with a clear message", async () => {
    const dir = await dataDir();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    const port = (blocker.address() as net.AddressInfo).port;

    const error = await failure(startEmbeddedPostgres({ dataDir: dir, port, log: () => undefined }));
    expect(error.code).toBe("embedded_port_in_use");
    expect(error.message).toBe(
      `Port ${port} is already in use by another program, so Vigil's embedded PostgreSQL cannot start; set VIGIL_EMBEDDED_PG_PORT to a free port (your data is untouched).`,
    );
  });

  it("refuses a half-initialised data folder and leaves it untouched", async () => {
    const dir = await dataDir();
    const pgData = path.join(dir, "postgres");
    await mkdir(path.join(pgData, "base"), { recursive: true });
    await writeFile(path.join(pgData, "postgresql.conf"), "# interrupted initdb\n");

    const error = await failure(startEmbeddedPostgres({ dataDir: dir, port: await findFreePort(), log: () => undefined }));
    expect(error.code).toBe("embedded_data_dir_invalid");
    expect(error.message).toContain(`Vigil's database folder ${pgData} is incomplete or damaged`);
    expect(error.message).toContain(`mv ${pgData} ${pgData}.broken`);
    expect((await readdir(pgData)).sort()).toEqual(["base", "postgresql.conf"]);
    expect(await readFile(path.join(pgData, "postgresql.conf"), "utf8")).toBe("# interrupted initdb\n");
  });

  it("reports a corrupt cluster in one line and keeps its files", async () => {
    const dir = await dataDir();
    const server = await start(dir);
    await server.stop();
    const control = path.join(dir, "postgres", "global", "pg_control");
    const original = await readFile(control);
    const damaged = Buffer.from(original);
    damaged.fill(0xab, 0, 64);
    await writeFile(control, damaged);

    const error = await failure(startEmbeddedPostgres({ dataDir: dir, port: await findFreePort(), log: () => undefined }));
    expect(error.code).toBe("embedded_start_failed");
    const pgData = path.join(dir, "postgres");
    expect(error.message).toBe(
      `Vigil's embedded PostgreSQL did not start: database files are incompatible with server. Data in ${pgData} is untouched; fix that cause, restore the folder from a backup, or move it aside (mv ${pgData} ${pgData}.broken) to start with an empty database.`,
    );
    expect(await readFile(control)).toEqual(damaged);
  });

  it("refuses to start a second server on a data folder another Vigil is using", async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const pid = await postmasterPid(dir);

    const error = await failure(startEmbeddedPostgres({ dataDir: dir, port: await findFreePort(), log: () => undefined }));
    expect(error.code).toBe("embedded_already_running");
    expect(error.message).toContain(`Vigil's database is already running (pid ${pid}, started by Vigil process ${process.pid})`);
    expect(await sql(first, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("recovers from a stale postmaster.pid left by a killed server, with data intact", async () => {
    const dir = await dataDir();
    const port = await findFreePort();
    const { child, postmasterPid: pid } = await startEmbeddedChild(dir, port);
    cleanups.push(async () => child.kill("SIGKILL"));
    const client = new pg.Client({ connectionString: `postgresql://postgres:${(await readFile(path.join(dir, "postgres.password"), "utf8")).trim()}@127.0.0.1:${port}/postgres` });
    await client.connect();
    await client.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('committed')");
    await client.end();

    // kill -9 of the whole Vigil: postmaster first, then its node process.
    process.kill(pid, "SIGKILL");
    child.kill("SIGKILL");
    await waitForChildExit(child);
    expect(await waitForExit(pid, 10_000)).toBe(true);
    expect(existsSync(path.join(dir, "postgres", "postmaster.pid"))).toBe(true);

    const lines: string[] = [];
    const server = await start(dir, port, (line) => lines.push(line));
    expect(lines).toContain(`Removed a stale postmaster.pid (pid ${pid} is no longer running); PostgreSQL will recover from its log.`);
    expect(await sql(server, "SELECT v FROM kept")).toEqual([{ v: "committed" }]);
  });

  it("takes over a server orphaned by a killed Vigil process", async () => {
    const dir = await dataDir();
    const port = await findFreePort();
    const { child, postmasterPid: pid } = await startEmbeddedChild(dir, port);
    child.kill("SIGKILL"); // the postmaster survives its parent
    await waitForChildExit(child);
    cleanups.push(async () => (await isPostgresProcess(pid)) && process.kill(pid, "SIGKILL"));
    expect(await isPostgresProcess(pid)).toBe(true);

    const lines: string[] = [];
    const server = await start(dir, port, (line) => lines.push(line));
    expect(lines[0]).toBe(`Vigil's database was left running by a process that ended (pid ${pid}); shutting it down cleanly before starting it again.`);
    expect(await isPostgresProcess(pid)).toBe(false);
    expect(await sql(server, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("stops the server cleanly when Vigil receives SIGTERM", async () => {
    const dir = await dataDir();
    const { child, postmasterPid: pid } = await startEmbeddedChild(dir, await findFreePort());
    cleanups.push(async () => (await isPostgresProcess(pid)) && process.kill(pid, "SIGKILL"));
    child.kill("SIGTERM");
    await waitForChildExit(child);
    expect(await waitForExit(pid, 20_000)).toBe(true);
    // A clean shutdown removes postmaster.pid; a crash would leave it behind.
    expect(existsSync(path.join(dir, "postgres", "postmaster.pid"))).toBe(false);
  });
});
