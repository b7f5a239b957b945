/**
 * First start: while Vigil has no users, each start issues a one-time set-up link for the first
 * administrator (there is never a default password). Returns the URL to print, or null once users exist.
 */
import type { Database } from "@/lib/db/client";
import type { AuthSettings } from "./auth-settings";
import { createSetupToken, setupUrl } from "./create-setup-token";

export async function ensureFirstAdminLink(database: Database, settings: AuthSettings, baseUrl: string, now = new Date()): Promise<string | null> {
  if ((await database.user.count()) > 0) return null;
  const { token } = await createSetupToken(database, { purpose: "first_admin" }, settings, now);
  return setupUrl(baseUrl, token);
}
