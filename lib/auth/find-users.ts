/** The user list for administrators: never the password hash or TOTP secret, only whether they are set. */
import type { Database } from "@/lib/db/client";
import { authorize, type Actor, type Role } from "./permissions";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  accountScope: string[];
  hasPassword: boolean;
  hasSecondFactor: boolean;
  singleSignOn: boolean;
  disabled: boolean;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
}

export async function findUsers(database: Database, actor: Actor, now = new Date()): Promise<UserRow[]> {
  authorize(actor, "users:manage");
  const users = await database.user.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true, email: true, name: true, role: true, accountScope: true, passwordHash: true, totpSecret: true, oidcSubject: true,
      disabledAt: true, lockedUntil: true, lastSignInAt: true, createdAt: true,
    },
  });
  return users.map(({ passwordHash, totpSecret, oidcSubject, disabledAt, lockedUntil, ...user }) => ({
    ...user,
    hasPassword: passwordHash !== null,
    hasSecondFactor: totpSecret !== null,
    singleSignOn: oidcSubject !== null,
    disabled: disabledAt !== null,
    lockedUntil: lockedUntil && lockedUntil > now ? lockedUntil : null,
  }));
}
