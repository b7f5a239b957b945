// One scan's status and counters, polled by the scans page while a scan is queued or running.
import { z } from "zod";
import { getScan } from "@/lib/scans/get-scan";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) {
    return Response.json({ error: "invalid_scan_id", message: "A scan id is a UUID." }, { status: 400 });
  }
  const scan = await getScan(id);
  if (!scan) return Response.json({ error: "scan_not_found", message: "No scan has this id." }, { status: 404 });
  return Response.json(scan, { headers: { "Cache-Control": "no-store" } });
}
