/** Starts a server-side session after a successful sign-in and returns the token for the cookie. */
import type { Database } from "@/lib/db/client";
import type { AuthSettings } from "./auth-settings";
import type { RequestOrigin } from "./request-origin";
import { generateToken, hashToken } from "./session-token";

export interface IssuedSession {
  token: string;
  /** When the cookie should expire: the session's absolute end. */
  expiresAt: Date;
}

export async function createSession(
  database: Pick<Database, "session">,
  input: { userId: string; origin: RequestOrigin; absoluteExpiresAt?: Date },
  settings: AuthSettings,
  now = new Date(),
): Promise<IssuedSession> {
  const token = generateToken();
  const absoluteExpiresAt = input.absoluteExpiresAt ?? new Date(now.getTime() + settings.sessionMaxMs);
  await database.session.create({
    data: {
      tokenHash: hashToken(token),
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(Math.min(now.getTime() + settings.sessionIdleMs, absoluteExpiresAt.getTime())),
      absoluteExpiresAt,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
    },
  });
  return { token, expiresAt: absoluteExpiresAt };
}
