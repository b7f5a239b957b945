/**
 * Fails when prisma/schema.prisma and the database produced by prisma/migrations disagree, so a schema
 * change without its migration (or the other way round) never reaches main.
 */
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSchemaShapes } from "@/test/helpers/schema-drift/compare-schema-shapes";
import { introspectDatabase } from "@/test/helpers/schema-drift/introspect-database";
import { readPrismaSchema } from "@/test/helpers/schema-drift/read-prisma-schema";
import type { SchemaShape } from "@/test/helpers/schema-drift/schema-shape";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

const schemaPath = path.resolve("prisma/schema.prisma");
let expected: SchemaShape;
let migrated: TestDatabase;

beforeAll(async () => {
  expected = await readPrismaSchema(schemaPath);
  migrated = await createTestDatabase();
});
afterAll(() => migrated?.drop());

describe("schema drift", () => {
  it("the migrated database matches schema.prisma", async () => {
    expect(compareSchemaShapes(expected, await introspectDatabase(migrated.url))).toEqual([]);
  });

  it("reads the native types, enums, sort orders and delete rules the comparison relies on", () => {
    // Guards against a comparison that passes because both sides lost the same detail.
    expect(expected.tables.accounts?.columns.id).toEqual({ type: "character varying(12)", nullable: false, default: null });
    expect(expected.tables.resources?.columns.hash?.type).toBe("character(64)");
    expect(expected.tables.scans?.columns.progress).toEqual({ type: "jsonb", nullable: true, default: null });
    expect(expected.tables.scans?.columns.status).toEqual({ type: "ScanStatus", nullable: false, default: "'queued'" });
    expect(expected.tables.users?.columns.created_at).toEqual({ type: "timestamp(3) with time zone", nullable: false, default: "now" });
    expect(expected.tables.scan_gaps?.columns.id?.default).toBe("autoincrement");
    expect(expected.enums.Severity).toEqual(["critical", "high", "medium", "low", "informational"]);
    expect(expected.indexes.findings_last_seen_at_idx).toEqual({ table: "findings", columns: ["last_seen_at DESC"], unique: false });
    expect(expected.foreignKeys.findings_assignee_id_fkey?.onDelete).toBe("SetNull");
    expect(expected.tables.check_results?.primaryKey).toEqual({ name: "check_results_pkey", columns: ["scan_id", "check_id"] });
  });

  it("reports exactly the differences when the database is altered", async () => {
    const altered = await createTestDatabase();
    try {
      const client = new pg.Client({ connectionString: altered.url });
      await client.connect();
      await client.query(`ALTER TABLE "scans" ADD COLUMN "notes" TEXT; DROP INDEX "scans_status_idx";`);
      await client.query(`ALTER TYPE "Severity" ADD VALUE 'unknown'; ALTER TABLE "findings" ALTER COLUMN "title" DROP NOT NULL;`);
      await client.query(`ALTER TABLE "accounts" ALTER COLUMN "id" TYPE VARCHAR(20); ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'admin';`);
      await client.query(`ALTER TABLE "findings" DROP CONSTRAINT "findings_assignee_id_fkey",
        ADD CONSTRAINT "findings_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
      await client.query(`DROP INDEX "findings_last_seen_at_idx"; CREATE INDEX "findings_last_seen_at_idx" ON "findings"("last_seen_at")`);
      await client.end();

      expect(compareSchemaShapes(expected, await introspectDatabase(altered.url))).toEqual([
        "enum Severity: value list differs (schema.prisma: critical, high, medium, low, informational; database: critical, high, medium, low, informational, unknown)",
        "column accounts.id: type differs (schema.prisma: character varying(12); database: character varying(20))",
        "column findings.title: nullability differs (schema.prisma: NOT NULL; database: NULL)",
        "column scans.notes: in the database but not in schema.prisma",
        "column users.role: default differs (schema.prisma: 'viewer'; database: 'admin')",
        "index findings_last_seen_at_idx: definition differs (schema.prisma: findings(last_seen_at DESC); database: findings(last_seen_at))",
        "index scans_status_idx on scans(status): in schema.prisma but missing from the database",
        "foreign key findings_assignee_id_fkey: definition differs (schema.prisma: findings(assignee_id) -> users(id) ON DELETE SetNull ON UPDATE Cascade; database: findings(assignee_id) -> users(id) ON DELETE Cascade ON UPDATE Cascade)",
      ]);
    } finally {
      await altered.drop();
    }
  });
});
