/**
 * The one check every /api/v1 route handler runs: "Authorization: Bearer vgl_..." -> the token's grants,
 * or VigilError("unauthenticated"). Revoked and expired tokens are refused; last-used time is refreshed
 * at most once a minute so a busy SIEM does not turn every read into a write.
 */
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { hashApiToken, TOKEN_PREFIX } from "./api-token-secret";
import type { TokenAction } from "./api-tokens.schemas";

export interface ApiTokenPrincipal {
  tokenId: string;
  name: string;
  actions: readonly string[];
  /** null means every account. */
  accountScope: readonly string[] | null;
}

export async function verifyApiToken(database: Database, authorization: string | null, now = new Date()): Promise<ApiTokenPrincipal> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  const token = match?.[1];
  if (!token || !token.startsWith(TOKEN_PREFIX)) {
    throw new VigilError("unauthenticated", "Send an API token: Authorization: Bearer vgl_...");
  }
  const row = await database.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) {
    throw new VigilError("unauthenticated", "This API token is unknown, revoked or expired.");
  }
  await database.$executeRaw`
    UPDATE api_tokens SET last_used_at = ${now}
    WHERE id = ${row.id}::uuid AND (last_used_at IS NULL OR last_used_at < ${new Date(now.getTime() - 60_000)})`;
  return { tokenId: row.id, name: row.name, actions: row.actions, accountScope: row.accountScope.length > 0 ? row.accountScope : null };
}

/** Throws VigilError("forbidden") unless the token grants the action (and the account, when given). */
export function authorizeApiToken(principal: ApiTokenPrincipal, action: TokenAction, target: { accountId?: string } = {}): void {
  if (!principal.actions.includes(action)) throw new VigilError("forbidden", `This token does not grant ${action}.`);
  if (target.accountId && principal.accountScope && !principal.accountScope.includes(target.accountId)) {
    throw new VigilError("forbidden", `This token does not grant account ${target.accountId}.`);
  }
}
