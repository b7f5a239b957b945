/**
 * The parts of a PostgreSQL schema that schema.prisma decides, in one normalised form, so the model read
 * from schema.prisma and the one introspected from a migrated database can be compared line by line.
 * Types use PostgreSQL's format_type spelling ("timestamp(3) with time zone"); defaults are normalised
 * ("now", "autoincrement", "'text'", "true", "ARRAY[]").
 */
export interface ColumnShape {
  type: string;
  nullable: boolean;
  default: string | null;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: { name: string; columns: string[] } | null;
}

export interface IndexShape {
  table: string;
  /** Column names, with " DESC" appended for descending ones. */
  columns: string[];
  unique: boolean;
}

export interface ForeignKeyShape {
  table: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

export interface SchemaShape {
  enums: Record<string, string[]>;
  tables: Record<string, TableShape>;
  /** By index name (primary keys excluded). */
  indexes: Record<string, IndexShape>;
  /** By constraint name. */
  foreignKeys: Record<string, ForeignKeyShape>;
}
