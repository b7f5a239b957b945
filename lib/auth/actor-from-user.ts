import type { Actor, Role } from "./permissions";

/** The authorisation view of a user row: an empty account scope means every account. */
export function actorFromUser(user: { id: string; email: string; role: Role; accountScope: readonly string[] }): Actor {
  return { userId: user.id, role: user.role, accountScope: user.accountScope.length > 0 ? [...user.accountScope] : null, label: user.email };
}
