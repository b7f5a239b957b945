/**
 * A migrated database -> SchemaShape, from pg_catalog. Only the public schema; the migrations table and
 * other schemas (pg-boss keeps its own) are not part of schema.prisma.
 */
import pg from "pg";
import type { ColumnShape, ReferentialAction, SchemaShape } from "@/test/helpers/schema-drift/schema-shape";

const ignoredTables = ["_prisma_migrations"];
const actions: Record<string, ReferentialAction> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

export async function introspectDatabase(connectionString: string): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const shape: SchemaShape = { enums: {}, tables: {}, indexes: {}, foreignKeys: {} };
    const run = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql, [ignoredTables])).rows;

    for (const row of await run<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' AND $1::text[] IS NOT NULL GROUP BY t.typname`)) {
      shape.enums[row.name] = row.values;
    }

    const tableFilter = `n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($1::text[]))`;
    for (const row of await run<{ table: string; column: string; type: string; not_null: boolean; default: string | null }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE ${tableFilter} AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`)) {
      const table = (shape.tables[row.table] ??= { columns: {}, primaryKey: null });
      const column: ColumnShape = { type: row.type.replace(/"/g, ""), nullable: !row.not_null, default: normaliseDefault(row.default) };
      table.columns[row.column] = column;
    }

    for (const row of await run<{ table: string; name: string; kind: string; columns: string[]; ref_table: string | null; ref_columns: string[] | null; on_delete: string; on_update: string }>(`
      SELECT c.relname AS table, con.conname AS name, con.contype AS kind,
             (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(num, i)
                JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num) AS columns,
             rc.relname AS ref_table,
             (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(num, i)
                JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num) AS ref_columns,
             con.confdeltype AS on_delete, con.confupdtype AS on_update
        FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_class rc ON rc.oid = con.confrelid
       WHERE ${tableFilter} AND con.contype IN ('p', 'f')`)) {
      const table = shape.tables[row.table];
      if (row.kind === "p" && table) table.primaryKey = { name: row.name, columns: row.columns };
      if (row.kind === "f") {
        shape.foreignKeys[row.name] = {
          table: row.table,
          columns: row.columns,
          referencedTable: row.ref_table ?? "",
          referencedColumns: row.ref_columns ?? [],
          onDelete: actions[row.on_delete] ?? "NoAction",
          onUpdate: actions[row.on_update] ?? "NoAction",
        };
      }
    }

    for (const row of await run<{ table: string; name: string; unique: boolean; columns: string[] }>(`
      SELECT c.relname AS table, ic.relname AS name, i.indisunique AS unique,
             (SELECT array_agg(coalesce(a.attname::text, pg_get_indexdef(i.indexrelid, k.i::int, true))
                               || CASE WHEN (i.indoption::int2[])[k.i - 1] & 1 = 1 THEN ' DESC' ELSE '' END ORDER BY k.i)
                FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, i)
                LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num) AS columns
        FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE ${tableFilter} AND NOT i.indisprimary`)) {
      shape.indexes[row.name] = { table: row.table, columns: row.columns, unique: row.unique };
    }
    return shape;
  } finally {
    await client.end();
  }
}

/** pg_get_expr output -> the normalised spelling read-prisma-schema.ts produces. */
function normaliseDefault(expression: string | null): string | null {
  if (expression === null) return null;
  if (/^nextval\(/.test(expression)) return "autoincrement";
  if (expression === "CURRENT_TIMESTAMP" || expression === "now()") return "now";
  let value = expression;
  // Strip trailing casts: 'viewer'::"UserRole", '0 */6 * * *'::text, ARRAY[]::text[].
  while (/::("[^"]+"|[a-z_ ]+(\(\d+(,\d+)?\))?)(\[\])?$/.test(value)) value = value.replace(/::("[^"]+"|[a-z_ ]+(\(\d+(,\d+)?\))?)(\[\])?$/, "");
  return value.replace(/^\((.*)\)$/, "$1");
}
