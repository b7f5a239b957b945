// One page of the findings list as JSON: what the list's React Query cache refetches after a triage change.
import { getApiActor } from "@/app/_auth/get-actor";
import { scopeOf } from "@/lib/auth/account-scope";
import { authorize } from "@/lib/auth/permissions";
import { httpStatusFor, VigilError } from "@/lib/errors/vigil-error";
import { findFindings } from "@/lib/findings/find-findings";
import { toFindingRow, type FindingRowsPage } from "@/lib/findings/finding-row";
import { parseFindingsQuery } from "@/lib/findings/findings.schemas";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const params: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (params[key] ??= []).push(value);
  const parsed = parseFindingsQuery(params);
  if (!parsed.ok) return Response.json({ error: "invalid_input", message: parsed.problems.join("; ") }, { status: 400 });
  try {
    const actor = await getApiActor();
    authorize(actor, "findings:read");
    const page = await findFindings(parsed.query, undefined, { scope: scopeOf(actor), userId: actor.userId });
    const body: FindingRowsPage = { ...page, items: page.items.map(toFindingRow) };
    return Response.json(body, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof VigilError) return Response.json({ error: error.code, message: error.message }, { status: httpStatusFor(error) });
    throw error;
  }
}
