// Serves a principal's least-privilege policy as a download (JSON policy document or Terraform) for /principals/[id].
import { z } from "zod";
import { db } from "@/lib/db/client";
import { httpStatusFor, VigilError } from "@/lib/errors/vigil-error";
import { exportSuggestion } from "@/lib/principals/export-suggestion";
import { getPrincipal } from "@/lib/principals/get-principal";
import { getApiActor } from "@/app/_auth/get-actor";

export const dynamic = "force-dynamic";

const query = z.object({ format: z.enum(["json", "terraform"]).default("json") });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await getApiActor();
    const { id } = await params;
    const parsed = query.safeParse({ format: new URL(request.url).searchParams.get("format") ?? undefined });
    if (!parsed.success) throw new VigilError("invalid_input", "format must be json or terraform");
    const principal = z.uuid().safeParse(id).success ? await getPrincipal(db(), actor, id) : null;
    if (!principal) throw new VigilError("not_found", "No such principal.");
    const file = exportSuggestion(principal.detail, parsed.data.format);
    return new Response(file.body, {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof VigilError) return Response.json({ error: error.code, message: error.message }, { status: httpStatusFor(error) });
    throw error;
  }
}
