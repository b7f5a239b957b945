// Liveness for the e2e web server and container probes: 200 when the database answers, 503 otherwise.
import { pingDatabase } from "@/lib/db/ping-database";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await pingDatabase();
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database_unavailable" }, { status: 503 });
  }
}
