/**
 * Keyset pagination for the findings list: the cursor carries the sort key of the last row shown, so the
 * next page is an index range scan instead of an OFFSET that reads and discards every earlier row.
 */
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { SEVERITIES, type FindingSort, type SeverityName } from "@/lib/findings/findings.schemas";

// SEVERITIES is read only inside functions: findings.schemas imports this module, so the two form a cycle.
const cursorSchema = z.object({
  s: z.string().optional(),
  t: z.iso.datetime(),
  i: z.uuid(),
});

export interface FindingsCursor {
  s?: SeverityName;
  t: string;
  i: string;
}

export interface CursorRow {
  id: string;
  severity: SeverityName;
  lastSeenAt: Date;
  firstSeenAt: Date;
}

export function findingsOrderBy(sort: FindingSort): Prisma.FindingOrderByWithRelationInput[] {
  switch (sort) {
    case "severity":
      // Postgres orders an enum by declaration order: critical first.
      return [{ severity: "asc" }, { lastSeenAt: "desc" }, { id: "asc" }];
    case "last_seen":
      return [{ lastSeenAt: "desc" }, { id: "asc" }];
    case "first_seen":
      return [{ firstSeenAt: "desc" }, { id: "asc" }];
  }
}

export function encodeFindingsCursor(row: CursorRow, sort: FindingSort): string {
  const cursor: FindingsCursor = {
    ...(sort === "severity" ? { s: row.severity } : {}),
    t: (sort === "first_seen" ? row.firstSeenAt : row.lastSeenAt).toISOString(),
    i: row.id,
  };
  // Cursor content is ASCII (enum, ISO date, uuid), so btoa is safe; it also runs in the browser.
  return btoa(JSON.stringify(cursor)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The cursor, or null when it is not one this sort produced (hand-edited or from another sort). */
export function decodeFindingsCursor(value: string, sort: FindingSort): FindingsCursor | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(atob(value.replaceAll("-", "+").replaceAll("_", "/")));
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success) return null;
  const { s, t, i } = parsed.data;
  if ((sort === "severity") !== (s !== undefined)) return null;
  if (s === undefined) return { t, i };
  const severity = SEVERITIES.find((name) => name === s);
  return severity ? { s: severity, t, i } : null;
}

/** Rows strictly after the cursor in the order of `findingsOrderBy(sort)`. */
export function findingsAfterCursor(cursor: FindingsCursor, sort: FindingSort): Prisma.FindingWhereInput {
  const at = new Date(cursor.t);
  const timeField = sort === "first_seen" ? "firstSeenAt" : "lastSeenAt";
  const sameTimeLaterId: Prisma.FindingWhereInput[] = [
    { [timeField]: { lt: at } },
    { [timeField]: at, id: { gt: cursor.i } },
  ];
  if (sort !== "severity" || cursor.s === undefined) return { OR: sameTimeLaterId };
  const later = SEVERITIES.slice(SEVERITIES.indexOf(cursor.s) + 1);
  return {
    OR: [
      ...(later.length > 0 ? [{ severity: { in: later } }] : []),
      { severity: cursor.s, OR: sameTimeLaterId },
    ],
  };
}
