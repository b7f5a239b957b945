/**
 * Replaces a session's token with a new one (same user, same absolute end). The old token keeps working
 * only for a short grace period so requests already in flight do not fail. Returns null when another
 * request rotated it first.
 */
import type { Database } from "@/lib/db/client";
import type { AuthSettings } from "./auth-settings";
import { createSession, type IssuedSession } from "./create-session";
import type { RequestOrigin } from "./request-origin";

export async function rotateSession(
  database: Database,
  sessionId: string,
  origin: RequestOrigin,
  settings: AuthSettings,
  now = new Date(),
): Promise<IssuedSession | null> {
  return database.$transaction(async (tx) => {
    const old = await tx.session.findUnique({ where: { id: sessionId }, select: { userId: true, expiresAt: true, absoluteExpiresAt: true } });
    if (!old) return null;
    const graceEnd = new Date(Math.min(old.expiresAt.getTime(), now.getTime() + settings.rotationGraceMs));
    const claimed = await tx.session.updateMany({ where: { id: sessionId, rotatedAt: null, revokedAt: null }, data: { rotatedAt: now, expiresAt: graceEnd } });
    if (claimed.count === 0) return null;
    return createSession(tx, { userId: old.userId, origin, absoluteExpiresAt: old.absoluteExpiresAt }, settings, now);
  });
}
