// Downloads the (filtered) audit trail as CSV or JSON, streamed; administrators only, and audited.
import { parseAuditQuery } from "@/lib/audit/audit.schemas";
import { exportAuditEvents } from "@/lib/audit/export-audit-events";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import { authorize } from "@/lib/auth/permissions";
import { requestOrigin } from "@/lib/auth/request-origin";
import { requireApiActor } from "@/lib/auth/require-actor";
import { db } from "@/lib/db/client";
import { httpStatusFor, VigilError } from "@/lib/errors/vigil-error";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireApiActor();
    authorize(actor, "audit:read");
    const parsed = parseAuditQuery(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.ok) throw new VigilError("invalid_input", parsed.problems.join("; "));
    const format = parsed.query.format ?? "csv";
    await recordAuditEvent(db(), { actor: auditActorOf(actor), action: "audit.exported", details: { format, filters: { ...parsed.query, format: undefined } }, origin: requestOrigin(request.headers) });
    const chunks = exportAuditEvents(db(), actor, parsed.query, format);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="vigil-audit-${stamp}.${format}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const status = httpStatusFor(error);
    if (status === 500) console.error("vigil: audit export failed");
    const message = error instanceof VigilError ? error.message : "The export failed.";
    return Response.json({ error: error instanceof VigilError ? error.code : "internal", message }, { status });
  }
}
