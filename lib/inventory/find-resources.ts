import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { likeText } from "@/lib/db/postgres-text";
import type { Prisma } from "@/lib/db/generated/client";
import { decodeResourcesCursor, encodeResourcesCursor, type ResourcesQuery } from "@/lib/inventory/find-resources-query";
import { resolveLastSeen } from "@/lib/scans/resolve-last-seen";

export const RESOURCES_PAGE_SIZE = 50;

export function resourcesWhere(query: ResourcesQuery, scope: AccountScope): Prisma.ResourceWhereInput {
  // The account filter, narrowed to the reader's scope.
  const where: Prisma.ResourceWhereInput = { ...accountWhere(scope, query.account) };
  if (query.service) where.service = query.service;
  if (query.type) where.type = query.type;
  if (query.region) where.region = query.region;
  if (query.deleted === undefined) where.deletedAt = null;
  if (query.deleted === "only") where.deletedAt = { not: null };
  if (query.q) {
    where.OR = [
      { name: { contains: likeText(query.q), mode: "insensitive" } },
      { arn: { contains: likeText(query.q), mode: "insensitive" } },
    ];
  }
  return where;
}

/** One page of the inventory in the reader's accounts, ordered by type then name, with each resource's open finding count. */
export async function findResources(query: ResourcesQuery, scope: AccountScope, database: Database = db()) {
  const where = resourcesWhere(query, scope);
  const cursor = query.after ? decodeResourcesCursor(query.after) : null;
  const after: Prisma.ResourceWhereInput | null = cursor
    ? {
        OR: [
          { type: { gt: cursor.t } },
          { type: cursor.t, name: { gt: cursor.n } },
          { type: cursor.t, name: cursor.n, id: { gt: cursor.i } },
        ],
      }
    : null;
  const [rows, count] = await Promise.all([
    database.resource.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: [{ type: "asc" }, { name: "asc" }, { id: "asc" }],
      take: RESOURCES_PAGE_SIZE + 1,
      select: {
        id: true,
        accountId: true,
        region: true,
        service: true,
        type: true,
        arn: true,
        name: true,
        lastSeenAt: true,
        deletedAt: true,
      },
    }),
    database.resource.count({ where }),
  ]);
  const pageRows = rows.slice(0, RESOURCES_PAGE_SIZE);
  // Counted for this page's resources only (findings_resource_id_status_severity_idx): a relation _count would
  // aggregate every finding in the table first.
  const counts = await database.finding.groupBy({
    by: ["resourceId"],
    where: { resourceId: { in: pageRows.map((row) => row.id) }, status: { in: ["open", "in_progress"] } },
    _count: { _all: true },
  });
  const openByResource = new Map(counts.map((row) => [row.resourceId, row._count._all]));
  const items = pageRows.map((row) => ({ ...row, openFindings: openByResource.get(row.id) ?? 0 }));
  const last = items.at(-1);
  // Shown: the real "last seen" (lib/scans/resolve-last-seen.ts); the cursor (type, name, id) does not use it.
  const shown = await resolveLastSeen(database, "resources", items);
  return {
    items: shown,
    nextCursor: rows.length > RESOURCES_PAGE_SIZE && last ? encodeResourcesCursor(last) : null,
    total: count,
  };
}

export type ResourceListItem = Awaited<ReturnType<typeof findResources>>["items"][number];
