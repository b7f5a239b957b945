// A finding's triage state and timeline as JSON, refetched by its page after a triage change.
import { z } from "zod";
import { getApiActor } from "@/app/_auth/get-actor";
import { scopeOf } from "@/lib/auth/account-scope";
import { authorize } from "@/lib/auth/permissions";
import { httpStatusFor, VigilError } from "@/lib/errors/vigil-error";
import { getFindingTriage } from "@/lib/findings/get-finding-triage";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return Response.json({ error: "invalid_input", message: "A finding id is a UUID." }, { status: 400 });
  try {
    const actor = await getApiActor();
    authorize(actor, "findings:read");
    // Another account's finding does not exist for this user: 404, like a finding that was never there.
    const triage = await getFindingTriage(id, scopeOf(actor));
    if (!triage) return Response.json({ error: "not_found", message: "No finding has this id." }, { status: 404 });
    return Response.json(triage, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof VigilError) return Response.json({ error: error.code, message: error.message }, { status: httpStatusFor(error) });
    throw error;
  }
}
