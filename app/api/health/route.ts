// Liveness for the e2e web server and container probes: 200 when the database answers, 503 otherwise.
import { findAccounts } from "@/lib/accounts/find-accounts";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await findAccounts();
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database_unavailable" }, { status: 503 });
  }
}
