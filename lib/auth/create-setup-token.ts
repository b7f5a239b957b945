/** Issues a one-time set-up link token (stored only as its SHA-256; expires). */
import type { Database } from "@/lib/db/client";
import type { AuthSettings } from "./auth-settings";
import { generateToken, hashToken } from "./session-token";

export type SetupPurpose = "first_admin" | "invite";

export async function createSetupToken(
  database: Pick<Database, "setupToken">,
  input: { purpose: SetupPurpose; userId?: string },
  settings: AuthSettings,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + settings.setupLinkMs);
  // A new link replaces the ones issued before it for the same purpose and user.
  await database.setupToken.updateMany({
    where: { purpose: input.purpose, userId: input.userId ?? null, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  await database.setupToken.create({ data: { tokenHash: hashToken(token), purpose: input.purpose, userId: input.userId ?? null, createdAt: now, expiresAt } });
  return { token, expiresAt };
}

export function setupUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/setup?token=${token}`;
}
