/** One page of scans for the REST API, newest first, with a cursor. */
import { scopedAccountIds, type AccountScope } from "@/lib/auth/account-scope";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { z } from "zod";
import type { ScansQuery } from "./api-queries.schemas";
import { decodeCursor, encodeCursor } from "./page-cursor";

const cursorShape = z.object({ q: z.iso.datetime(), id: z.string().uuid() });

export async function findScansPage(database: Database, query: ScansQuery, scope: AccountScope) {
  const after = decodeCursor(query.cursor, cursorShape);
  const accounts = scopedAccountIds(scope, query.account);
  const where: Prisma.ScanWhereInput = {
    accountId: accounts ? { in: accounts } : undefined,
    status: query.status ? { in: query.status } : undefined,
    OR: after ? [{ queuedAt: { lt: new Date(after.q) } }, { queuedAt: new Date(after.q), id: { lt: after.id } }] : undefined,
  };
  const rows = await database.scan.findMany({
    where,
    orderBy: [{ queuedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    omit: { progress: true, heartbeatAt: true, workerId: true, slotKey: true },
  });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: last ? encodeCursor({ q: last.queuedAt.toISOString(), id: last.id }) : (query.cursor ?? null), hasMore: rows.length > query.limit };
}
