// GET /api/v1/resources: the current inventory with configurations (bearer API token, resources:read), cursor-paged.
import { handleApiRead } from "@/lib/api-tokens/handle-api-read";
import { scopeOf } from "@/lib/auth/account-scope";
import { db } from "@/lib/db/client";
import { resourcesQuerySchema } from "@/lib/exports/api-queries.schemas";
import { findResourcesPage } from "@/lib/exports/find-resources-page";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApiRead(request, db(), { action: "resources:read", query: resourcesQuerySchema }, async (query, principal) => {
    const page = await findResourcesPage(db(), query, scopeOf(principal));
    return { data: page.items, next_cursor: page.nextCursor, has_more: page.hasMore };
  });
}
