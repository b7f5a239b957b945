/** Ends sessions server-side: one (sign-out) or all of a user's (role change, disable, password change). */
import type { Database } from "@/lib/db/client";
import { hashToken, isWellFormedToken } from "./session-token";

/** Returns the user id whose session ended, or null when the token matched no live session. */
export async function revokeSessionByToken(database: Database, token: string | undefined, now = new Date()): Promise<string | null> {
  if (!isWellFormedToken(token)) return null;
  const session = await database.session.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, revokedAt: true } });
  if (!session || session.revokedAt) return null;
  await database.session.update({ where: { id: session.id }, data: { revokedAt: now } });
  return session.userId;
}

export async function revokeUserSessions(database: Database, userId: string, now = new Date()): Promise<number> {
  const result = await database.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return result.count;
}
