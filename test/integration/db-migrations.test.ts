import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseError } from "@/lib/db/database-error";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";
import { listMigrations } from "@/lib/db/migrate/list-migrations";
import { markMigrationRolledBack } from "@/lib/db/migrate/mark-migration-rolled-back";
import { createMigrationsFixture, type MigrationsFixture } from "@/test/helpers/migrations-fixture";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

const initName = "20261123170000_init";
/** Every migration in prisma/migrations, in the order they apply. */
const realMigrationNames = async () => (await listMigrations()).map((migration) => migration.name);
const quiet = () => undefined;
let database: TestDatabase | undefined;
let fixture: MigrationsFixture | undefined;

afterEach(async () => {
  await database?.drop();
  if (fixture) await rm(fixture.dir, { recursive: true, force: true });
  database = fixture = undefined;
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function setUp() {
  database = await createTestDatabase({ migrated: false });
  fixture = await createMigrationsFixture();
  return { url: database.url, fixture };
}

async function rejection(promise: Promise<unknown>): Promise<DatabaseError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatabaseError);
  return error as DatabaseError;
}

describe("applyMigrations", () => {
  it("applies pending migrations once and records them as prisma migrate deploy does", async () => {
    const { url, fixture } = await setUp();
    expect(await applyMigrations(url, { migrationsDir: fixture.dir, log: quiet })).toEqual({ applied: await realMigrationNames() });
    expect(await applyMigrations(url, { migrationsDir: fixture.dir, log: quiet })).toEqual({ applied: [] });

    const sql = await readFile(`prisma/migrations/${initName}/migration.sql`);
    const rows = await query(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows).toHaveLength((await realMigrationNames()).length);
    expect(rows[0]).toMatchObject({
      migration_name: initName,
      checksum: createHash("sha256").update(sql).digest("hex"),
      logs: null,
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    expect(rows[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'findings'`);
    expect(tables).toHaveLength(1);
    const columns = await query(
      url,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", length: 64, is_nullable: "NO", column_default: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "migration_name", data_type: "character varying", length: 255, is_nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", length: null, is_nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, is_nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO", column_default: "0" },
    ]);
  });

  it("applies each migration exactly once when two runners start together", async () => {
    const { url, fixture } = await setUp();
    await fixture.write("20261201000000_slow", `SELECT pg_sleep(0.3); CREATE TABLE "slow_marker" (id int);`);
    const results = await Promise.all([
      applyMigrations(url, { migrationsDir: fixture.dir, log: quiet }),
      applyMigrations(url, { migrationsDir: fixture.dir, log: quiet }),
    ]);
    const applied = results.flatMap((result) => result.applied).sort();
    expect(applied).toEqual([...(await realMigrationNames()), "20261201000000_slow"]);
    const rows = await query<{ migration_name: string; n: number }>(
      url,
      `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name ORDER BY migration_name`,
    );
    expect(rows).toEqual([...(await realMigrationNames()), "20261201000000_slow"].map((name) => ({ migration_name: name, n: 1 })));
  });

  it("records a failing migration, keeps existing rows, and blocks later runs until it is resolved", async () => {
    const { url, fixture } = await setUp();
    await applyMigrations(url, { migrationsDir: fixture.dir, log: quiet });
    await query(url, `INSERT INTO accounts (id, name, updated_at) VALUES ('123456789012', 'prod', now())`);
    const bad = "20261201000000_add_owner";
    await fixture.write(bad, `ALTER TABLE accounts ADD COLUMN owner TEXT;\nDELETE FROM accounts;\nSELECT no_such_function();`);

    const failure = await rejection(applyMigrations(url, { migrationsDir: fixture.dir, log: quiet }));
    expect(failure.code).toBe("migration_failed");
    expect(failure.message).toContain(`Migration ${bad} failed: function no_such_function() does not exist`);
    expect(failure.message).not.toContain("\n");

    // The transaction rolled back: no half-applied column, no deleted rows.
    expect(await query(url, `SELECT id, name FROM accounts`)).toEqual([{ id: "123456789012", name: "prod" }]);
    expect(await query(url, `SELECT 1 FROM information_schema.columns WHERE table_name = 'accounts' AND column_name = 'owner'`)).toEqual([]);
    const [row] = await query(url, `SELECT finished_at, logs, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = $1`, [bad]);
    expect(row).toMatchObject({ finished_at: null, rolled_back_at: null });
    expect(row?.logs).toContain("no_such_function() does not exist");

    // Fixing the file is not enough: the failed attempt must be resolved first (Prisma's P3009).
    await fixture.write(bad, `ALTER TABLE accounts ADD COLUMN owner TEXT;`);
    const blocked = await rejection(applyMigrations(url, { migrationsDir: fixture.dir, log: quiet }));
    expect(blocked.code).toBe("migration_blocked");
    expect(blocked.message).toContain("P3009");
    expect(blocked.message).toContain(`migration ${bad}`);
    expect(blocked.message).toContain(`prisma migrate resolve --rolled-back ${bad}`);
    expect(blocked.message).toContain("existing data is intact");

    expect(await markMigrationRolledBack(url, bad)).toBe(true);
    expect(await applyMigrations(url, { migrationsDir: fixture.dir, log: quiet })).toEqual({ applied: [bad] });
    expect(await query(url, `SELECT id, owner FROM accounts`)).toEqual([{ id: "123456789012", owner: null }]);
  });

  it("blocks after a migration was interrupted mid-way, with the data intact", async () => {
    const { url, fixture } = await setUp();
    await applyMigrations(url, { migrationsDir: fixture.dir, log: quiet });
    await query(url, `INSERT INTO accounts (id, name, updated_at) VALUES ('123456789012', 'prod', now())`);
    const slow = "20261201000000_slow";
    await fixture.write(slow, `DELETE FROM accounts; SELECT pg_sleep(30);`);

    const running = applyMigrations(url, { migrationsDir: fixture.dir, log: quiet }).then(
      () => undefined,
      (error: unknown) => error,
    );
    // Kill the migrating session, as a crash or a kill -9 of the process would.
    await expect
      .poll(async () => (await query(url, `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()`)).length, {
        timeout: 10_000,
      })
      .toBe(1);
    expect(await running).toBeInstanceOf(Error);

    const blocked = await rejection(applyMigrations(url, { migrationsDir: fixture.dir, log: quiet }));
    expect(blocked.code).toBe("migration_blocked");
    expect(blocked.message).toContain(`migration ${slow}`);
    expect(blocked.message).toContain("was interrupted before it finished");
    expect(await query(url, `SELECT id FROM accounts`)).toEqual([{ id: "123456789012" }]);
  });

  it("warns when an applied migration was edited, and does not re-run it", async () => {
    const { url, fixture } = await setUp();
    await applyMigrations(url, { migrationsDir: fixture.dir, log: quiet });
    const sql = await readFile(`${fixture.dir}/${initName}/migration.sql`, "utf8");
    await fixture.write(initName, `${sql}\n-- edited\n`);
    const lines: string[] = [];
    expect(await applyMigrations(url, { migrationsDir: fixture.dir, log: (line) => lines.push(line) })).toEqual({ applied: [] });
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Warning: migration ${initName} was modified after it was applied`))]);
  });
});
