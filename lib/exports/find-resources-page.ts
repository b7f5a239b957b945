/** One page of resources (current configuration) for the REST API, in id order with a cursor. */
import { scopedAccountIds, type AccountScope } from "@/lib/auth/account-scope";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { resolveLastSeen } from "@/lib/scans/resolve-last-seen";
import { z } from "zod";
import type { ResourcesQuery } from "./api-queries.schemas";
import { decodeCursor, encodeCursor } from "./page-cursor";

const cursorShape = z.object({ id: z.string().uuid() });

export async function findResourcesPage(database: Database, query: ResourcesQuery, scope: AccountScope) {
  const after = decodeCursor(query.cursor, cursorShape);
  const accounts = scopedAccountIds(scope, query.account);
  const where: Prisma.ResourceWhereInput = {
    accountId: accounts ? { in: accounts } : undefined,
    service: query.service ? { in: query.service } : undefined,
    type: query.type ? { in: query.type } : undefined,
    deletedAt: query.include_deleted ? undefined : null,
    id: after ? { gt: after.id } : undefined,
  };
  const rows = await database.resource.findMany({
    where,
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: {
      id: true, accountId: true, arn: true, name: true, type: true, service: true, region: true, configuration: true, hash: true,
      firstSeenAt: true, lastSeenAt: true, deletedAt: true,
    },
  });
  const items = await resolveLastSeen(database, "resources", rows.slice(0, query.limit));
  const last = items[items.length - 1];
  return { items, nextCursor: last ? encodeCursor({ id: last.id }) : (query.cursor ?? null), hasMore: rows.length > query.limit };
}
