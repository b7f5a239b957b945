/**
 * Differences between the schema.prisma model and a database, one readable line each, in a stable order.
 * An empty list means the migrations produce exactly what schema.prisma describes.
 */
import type { ForeignKeyShape, IndexShape, SchemaShape } from "@/test/helpers/schema-drift/schema-shape";

export function compareSchemaShapes(expected: SchemaShape, actual: SchemaShape): string[] {
  const differences: string[] = [];
  const missing = (what: string) => differences.push(`${what}: in schema.prisma but missing from the database`);
  const extra = (what: string) => differences.push(`${what}: in the database but not in schema.prisma`);
  const differs = (what: string, aspect: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) differences.push(`${what}: ${aspect} differs (schema.prisma: ${String(want)}; database: ${String(got)})`);
  };

  for (const name of union(expected.enums, actual.enums)) {
    const want = expected.enums[name];
    const got = actual.enums[name];
    if (!got) missing(`enum ${name}`);
    else if (!want) extra(`enum ${name}`);
    else differs(`enum ${name}`, "value list", want.join(", "), got.join(", "));
  }

  for (const name of union(expected.tables, actual.tables)) {
    const want = expected.tables[name];
    const got = actual.tables[name];
    if (!got) { missing(`table ${name}`); continue; }
    if (!want) { extra(`table ${name}`); continue; }
    for (const column of union(want.columns, got.columns)) {
      const wantColumn = want.columns[column];
      const gotColumn = got.columns[column];
      const what = `column ${name}.${column}`;
      if (!gotColumn) missing(what);
      else if (!wantColumn) extra(what);
      else {
        differs(what, "type", wantColumn.type, gotColumn.type);
        differs(what, "nullability", nullability(wantColumn.nullable), nullability(gotColumn.nullable));
        differs(what, "default", wantColumn.default ?? "none", gotColumn.default ?? "none");
      }
    }
    differs(`primary key of ${name}`, "definition", describePrimaryKey(want.primaryKey), describePrimaryKey(got.primaryKey));
  }

  for (const name of union(expected.indexes, actual.indexes)) {
    const want = expected.indexes[name];
    const got = actual.indexes[name];
    if (!got && want) missing(`index ${name} on ${describeIndex(want)}`);
    else if (!want && got) extra(`index ${name} on ${describeIndex(got)}`);
    else if (want && got) differs(`index ${name}`, "definition", describeIndex(want), describeIndex(got));
  }

  for (const name of union(expected.foreignKeys, actual.foreignKeys)) {
    const want = expected.foreignKeys[name];
    const got = actual.foreignKeys[name];
    if (!got && want) missing(`foreign key ${name} ${describeForeignKey(want)}`);
    else if (!want && got) extra(`foreign key ${name} ${describeForeignKey(got)}`);
    else if (want && got) differs(`foreign key ${name}`, "definition", describeForeignKey(want), describeForeignKey(got));
  }
  return differences;
}

function union(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

function nullability(nullable: boolean): string {
  return nullable ? "NULL" : "NOT NULL";
}

function describePrimaryKey(key: { name: string; columns: string[] } | null): string {
  return key ? `${key.name} (${key.columns.join(", ")})` : "none";
}

function describeIndex(index: IndexShape): string {
  return `${index.unique ? "UNIQUE " : ""}${index.table}(${index.columns.join(", ")})`;
}

function describeForeignKey(key: ForeignKeyShape): string {
  return `${key.table}(${key.columns.join(", ")}) -> ${key.referencedTable}(${key.referencedColumns.join(", ")}) ON DELETE ${key.onDelete} ON UPDATE ${key.onUpdate}`;
}
