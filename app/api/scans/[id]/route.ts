// One scan's status and counters, polled by the scans page while a scan is queued or running.
import { z } from "zod";
import { getApiActor } from "@/app/_auth/get-actor";
import { scopeOf } from "@/lib/auth/account-scope";
import { authorize } from "@/lib/auth/permissions";
import { httpStatusFor, VigilError } from "@/lib/errors/vigil-error";
import { getScan } from "@/lib/scans/get-scan";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) {
    return Response.json({ error: "invalid_scan_id", message: "A scan id is a UUID." }, { status: 400 });
  }
  try {
    const actor = await getApiActor();
    authorize(actor, "scans:read");
    // Another account's scan does not exist for this user: 404, like a scan that was never there.
    const scan = await getScan(id, scopeOf(actor));
    if (!scan) return Response.json({ error: "scan_not_found", message: "No scan has this id." }, { status: 404 });
    return Response.json(scan, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof VigilError) return Response.json({ error: error.code, message: error.message }, { status: httpStatusFor(error) });
    throw error;
  }
}
