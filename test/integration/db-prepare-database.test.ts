import { readdir } from "node:fs/promises";
import net from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseError } from "@/lib/db/database-error";
import { listMigrations } from "@/lib/db/migrate/list-migrations";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { createDataDir } from "@/test/helpers/embedded-fixture";
import { findFreePort } from "@/test/helpers/free-port";
import { createTestDatabase } from "@/test/helpers/test-database";

const quiet = () => undefined;
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function migrationNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    return result.rows.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

const embeddedEnv = (dataDir: string, port: number) => ({ DATABASE_URL: undefined, VIGIL_DATA_DIR: dataDir, VIGIL_EMBEDDED_PG_PORT: port });

/** Every migration in prisma/migrations, in the order they apply. */
const realMigrationNames = async () => (await listMigrations()).map((migration) => migration.name);

describe("prepareDatabase", () => {
  it("fails fast with host, port and cause when DATABASE_URL is unreachable", async () => {
    const port = await findFreePort(); // nothing listens there
    const error = await prepareDatabase({ env: { ...embeddedEnv(".unused", 1), DATABASE_URL: `postgresql://vigil:secret@127.0.0.1:${port}/vigil` }, log: quiet }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe("database_unreachable");
    expect((error as Error).message).toBe(
      `Cannot reach PostgreSQL at 127.0.0.1:${port}/vigil: connection refused (is PostgreSQL running and listening on that port?).`,
    );
  });

  it("names a server that accepts TCP but does not speak PostgreSQL, without leaking the password", async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.end();
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy();
      silent.close();
    });
    const port = (silent.address() as net.AddressInfo).port;
    const error = await prepareDatabase({ env: { ...embeddedEnv(".unused", 1), DATABASE_URL: `postgresql://vigil:secret@127.0.0.1:${port}/vigil` }, log: quiet }).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(new RegExp(`^Cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}/vigil: .+\\.$`));
    expect(error?.message).not.toContain("secret");
  });

  it("migrates the database of DATABASE_URL", async () => {
    const database = await createTestDatabase({ migrated: false });
    cleanups.push(() => database.drop());
    const prepared = await prepareDatabase({ env: { ...embeddedEnv(".unused", 1), DATABASE_URL: database.url }, log: quiet });
    expect(prepared).toMatchObject({ url: database.url, embedded: false });
    expect(await migrationNames(prepared.url)).toEqual(await realMigrationNames());
  });

  it("starts the embedded server, creates the vigil database and migrates it; a restart finds nothing to do", async () => {
    const folder = await createDataDir();
    cleanups.push(folder.remove);
    const port = await findFreePort();

    const first = await prepareDatabase({ env: embeddedEnv(folder.dir, port), log: quiet });
    cleanups.push(() => first.stop());
    expect(first.embedded).toBe(true);
    expect(first.url).toMatch(new RegExp(`^postgresql://postgres:[^@]+@127\\.0\\.0\\.1:${port}/vigil$`));
    expect(await migrationNames(first.url)).toEqual(await realMigrationNames());
    await first.stop();

    const lines: string[] = [];
    const second = await prepareDatabase({ env: embeddedEnv(folder.dir, port), log: (line) => lines.push(line) });
    cleanups.push(() => second.stop());
    expect(lines.filter((line) => line.startsWith("Applied migration"))).toEqual([]);
    expect(await migrationNames(second.url)).toEqual(await realMigrationNames());
    expect((await readdir(folder.dir)).sort()).toEqual(["postgres", "postgres.owner", "postgres.password"]);
  });
});
