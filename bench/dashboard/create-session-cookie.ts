/**
 * The one place the dashboard benchmark signs in: a viewer user (reads every account) and a session
 * created through lib/auth, sent as the session cookie with every request of the load test.
 */
import { authSettings } from "@/lib/auth/auth-settings";
import { createSession } from "@/lib/auth/create-session";
import { NO_ORIGIN } from "@/lib/auth/request-origin";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import type { Database } from "@/lib/db/client";

export async function createSessionUser(database: Database): Promise<{ userId: string; cookie: string }> {
  const user = await database.user.create({ data: { email: `bench-${Date.now()}@vigil.invalid`, name: "Benchmark", role: "viewer" } });
  return { userId: user.id, cookie: await createSessionCookie(database, user.id) };
}

/** A new session for the user: sessions rotate after 15 minutes, so each stage of a long run signs in afresh. */
export async function createSessionCookie(database: Database, userId: string): Promise<string> {
  const { token } = await createSession(database, { userId, origin: NO_ORIGIN }, authSettings());
  return `${SESSION_COOKIE}=${token}`;
}
