/** Revokes a token at once; requests with it fail from the next one on. */
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";

export async function revokeApiToken(database: Database, actor: Actor, tokenId: string): Promise<void> {
  authorize(actor, "settings:manage");
  const updated = await database.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (updated.count === 0) throw new VigilError("not_found", "No active token with that id.");
  await recordAuditEvent(database, { actor: auditActorOf(actor), action: "api_token.revoked", target: { type: "api_token", id: tokenId } });
}
