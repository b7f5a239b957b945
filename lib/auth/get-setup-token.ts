/** What a set-up link is for (before the form is shown), or null when it is unknown, used or expired. */
import type { Database } from "@/lib/db/client";
import type { Role } from "./permissions";
import { hashToken, isWellFormedToken } from "./session-token";

export interface SetupTokenView {
  purpose: "first_admin" | "invite";
  user: { email: string; name: string; role: Role } | null;
  expiresAt: Date;
}

export async function getSetupToken(database: Database, token: string | undefined, now = new Date()): Promise<SetupTokenView | null> {
  if (!isWellFormedToken(token)) return null;
  const row = await database.setupToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  if (row.purpose === "invite" && (!row.user || row.user.disabledAt)) return null;
  if (row.purpose !== "first_admin" && row.purpose !== "invite") return null;
  if (row.purpose === "first_admin" && (await database.user.count()) > 0) return null;
  return { purpose: row.purpose, user: row.user ? { email: row.user.email, name: row.user.name, role: row.user.role } : null, expiresAt: row.expiresAt };
}
