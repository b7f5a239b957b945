// A finding's triage state and timeline as JSON, refetched by its page after a triage change.
import { z } from "zod";
import { getApiActor } from "@/app/_auth/get-actor";
import { authorize } from "@/lib/auth/permissions";
import { httpStatusFor, VigilError } from "@/lib/errors/vigil-error";
import { getFindingTriage } from "@/lib/findings/get-finding-triage";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return Response.json({ error: "invalid_input", message: "A finding id is a UUID." }, { status: 400 });
  try {
    const actor = await getApiActor();
    const triage = await getFindingTriage(id);
    if (!triage) return Response.json({ error: "not_found", message: "No finding has this id." }, { status: 404 });
    authorize(actor, "findings:read", { accountId: triage.accountId });
    return Response.json(triage, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof VigilError) return Response.json({ error: error.code, message: error.message }, { status: httpStatusFor(error) });
    throw error;
  }
}
