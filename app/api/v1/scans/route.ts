// GET /api/v1/scans: scan history with counts (bearer API token, scans:read), newest first, cursor-paged.
import { handleApiRead } from "@/lib/api-tokens/handle-api-read";
import { scopeOf } from "@/lib/auth/account-scope";
import { db } from "@/lib/db/client";
import { scansQuerySchema } from "@/lib/exports/api-queries.schemas";
import { findScansPage } from "@/lib/exports/find-scans-page";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApiRead(request, db(), { action: "scans:read", query: scansQuerySchema }, async (query, principal) => {
    const page = await findScansPage(db(), query, scopeOf(principal));
    return { data: page.items, next_cursor: page.nextCursor, has_more: page.hasMore };
  });
}
