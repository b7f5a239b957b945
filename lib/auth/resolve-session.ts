/**
 * Turns a session cookie's token into the signed-in user, or null when the token is unknown, expired,
 * revoked or belongs to a disabled user. Extends the idle expiry while the session is used and says when
 * the token is due for rotation.
 */
import type { Database } from "@/lib/db/client";
import type { AuthSettings } from "./auth-settings";
import { actorFromUser } from "./actor-from-user";
import type { Actor, Role } from "./permissions";
import { hashToken, isWellFormedToken } from "./session-token";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface ResolvedSession {
  sessionId: string;
  actor: Actor;
  user: SignedInUser;
  /** True when the token should be replaced (rotateSession) on this request. */
  rotationDue: boolean;
  absoluteExpiresAt: Date;
}

/** Idle-expiry writes happen at most this often per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export async function resolveSession(
  database: Database,
  token: string | undefined | null,
  settings: AuthSettings,
  now = new Date(),
): Promise<ResolvedSession | null> {
  if (!isWellFormedToken(token)) return null;
  const session = await database.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true, createdAt: true, lastSeenAt: true, expiresAt: true, absoluteExpiresAt: true, rotatedAt: true, revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, accountScope: true, disabledAt: true } },
    },
  });
  if (!session || session.revokedAt || session.user.disabledAt) return null;
  if (session.expiresAt <= now || session.absoluteExpiresAt <= now) return null;

  if (!session.rotatedAt && now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + settings.sessionIdleMs, session.absoluteExpiresAt.getTime()));
    await database.session.update({ where: { id: session.id }, data: { lastSeenAt: now, expiresAt } });
  }
  const { user } = session;
  return {
    sessionId: session.id,
    actor: actorFromUser(user),
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    rotationDue: !session.rotatedAt && now.getTime() - session.createdAt.getTime() >= settings.sessionRotateMs,
    absoluteExpiresAt: session.absoluteExpiresAt,
  };
}
