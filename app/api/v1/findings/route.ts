// GET /api/v1/findings: findings for SIEMs and scripts (bearer API token, findings:read), as Vigil JSON,
// OCSF or ASFF, paged by a cursor that follows each finding's last change.
import { handleApiRead } from "@/lib/api-tokens/handle-api-read";
import { publicBaseUrl } from "@/lib/auth/auth-settings";
import { scopeOf } from "@/lib/auth/account-scope";
import { db } from "@/lib/db/client";
import { findingsQuerySchema } from "@/lib/exports/api-queries.schemas";
import { findFindingsPage } from "@/lib/exports/find-findings-page";
import { formatFinding } from "@/lib/exports/write-findings-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleApiRead(request, db(), { action: "findings:read", query: findingsQuerySchema }, async (query, principal) => {
    const page = await findFindingsPage(db(), query, scopeOf(principal));
    const baseUrl = publicBaseUrl();
    return {
      data: query.format === "json" ? page.items : page.items.map((item) => formatFinding(item, query.format, { baseUrl })),
      next_cursor: page.nextCursor,
      has_more: page.hasMore,
    };
  });
}
