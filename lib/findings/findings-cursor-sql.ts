import "server-only";
/**
 * The findings list's keyset order and "after the cursor" condition as SQL over `findings` (alias f), for the
 * raw list query: the same order as findingsOrderBy and the same rows as findingsAfterCursor
 * (lib/findings/find-findings-cursor.ts, which also runs in the browser and so stays free of SQL).
 */
import { Prisma } from "@/lib/db/generated/client";
import type { FindingsCursor } from "@/lib/findings/find-findings-cursor";
import type { FindingSort } from "@/lib/findings/findings.schemas";

export function findingsOrderSql(sort: FindingSort): Prisma.Sql {
  switch (sort) {
    case "severity":
      // Postgres orders an enum by declaration order: critical first.
      return Prisma.sql`f.severity, f.last_seen_at DESC, f.id`;
    case "last_seen":
      return Prisma.sql`f.last_seen_at DESC, f.id`;
    case "first_seen":
      return Prisma.sql`f.first_seen_at DESC, f.id`;
  }
}

/** Rows strictly after the cursor in the order of `findingsOrderSql(sort)`. */
export function findingsAfterCursorSql(cursor: FindingsCursor, sort: FindingSort): Prisma.Sql {
  const at = new Date(cursor.t);
  const time = sort === "first_seen" ? Prisma.sql`f.first_seen_at` : Prisma.sql`f.last_seen_at`;
  const sameTimeLaterId = Prisma.sql`(${time} < ${at} OR (${time} = ${at} AND f.id > ${cursor.i}::uuid))`;
  if (sort !== "severity" || cursor.s === undefined) return sameTimeLaterId;
  return Prisma.sql`(f.severity > ${cursor.s}::"Severity" OR (f.severity = ${cursor.s}::"Severity" AND ${sameTimeLaterId}))`;
}
