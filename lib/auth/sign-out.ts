/** Ends the session behind a cookie on the server and audits it; a no-op for unknown or ended sessions. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Database } from "@/lib/db/client";
import type { RequestOrigin } from "./request-origin";
import { revokeSessionByToken } from "./revoke-sessions";

export async function signOut(database: Database, token: string | undefined, origin: RequestOrigin): Promise<void> {
  const userId = await revokeSessionByToken(database, token);
  if (!userId) return;
  const user = await database.user.findUnique({ where: { id: userId }, select: { email: true } });
  await recordAuditEvent(database, { actor: { kind: "user", userId, label: user?.email ?? userId }, action: "auth.sign_out", target: { type: "user", id: userId }, origin });
}
