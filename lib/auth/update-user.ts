/**
 * Changes a user's access (administrators only): role, account scope, disabled, or lifting a lockout.
 * Any change that narrows access ends the user's sessions at once. Vigil never loses its last active
 * administrator. Audited with the fields that changed.
 */
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { accountScopeSchema, roleSchema } from "./auth.schemas";
import { authorize, type Actor } from "./permissions";
import { NO_ORIGIN, type RequestOrigin } from "./request-origin";

export const updateUserSchema = z.object({
  userId: z.uuid("Not a user id."),
  role: roleSchema.optional(),
  accountScope: accountScopeSchema.optional(),
  disabled: z.boolean().optional(),
  unlock: z.literal(true).optional(),
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export async function updateUser(database: Database, actor: Actor, input: UpdateUserInput, origin: RequestOrigin = NO_ORIGIN, now = new Date()): Promise<void> {
  authorize(actor, "users:manage");
  const change = updateUserSchema.parse(input);
  await database.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7304812)`; // one access change at a time keeps the last-admin rule true
    const user = await tx.user.findUnique({ where: { id: change.userId }, select: { id: true, role: true, accountScope: true, disabledAt: true, lockedUntil: true } });
    if (!user) throw new VigilError("not_found", "No user has this id.");

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (change.role !== undefined && change.role !== user.role) changes.role = { from: user.role, to: change.role };
    if (change.accountScope !== undefined && [...change.accountScope].sort().join() !== [...user.accountScope].sort().join()) {
      changes.accountScope = { from: user.accountScope, to: change.accountScope };
    }
    if (change.disabled !== undefined && change.disabled !== (user.disabledAt !== null)) changes.disabled = { from: user.disabledAt !== null, to: change.disabled };
    if (change.unlock && user.lockedUntil) changes.locked = { from: true, to: false };
    if (Object.keys(changes).length === 0) return;

    const losesAdmin = user.role === "admin" && !user.disabledAt && (changes.role !== undefined || change.disabled === true);
    if (losesAdmin) {
      const activeAdmins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
      if (activeAdmins <= 1) throw new VigilError("conflict", "This is the last active administrator: make someone else an administrator first.");
    }
    await tx.user.update({
      where: { id: user.id },
      data: {
        ...(changes.role ? { role: change.role } : {}),
        ...(changes.accountScope ? { accountScope: change.accountScope } : {}),
        ...(changes.disabled ? { disabledAt: change.disabled ? now : null } : {}),
        ...(changes.locked ? { lockedUntil: null, failedSignIns: 0 } : {}),
      },
    });
    if (changes.role || changes.accountScope || change.disabled === true) {
      await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    }
    const action = changes.role ? "user.role_changed" : changes.disabled ? (change.disabled ? "user.disabled" : "user.enabled") : changes.locked && Object.keys(changes).length === 1 ? "user.unlocked" : "user.access_changed";
    await recordAuditEvent(tx, { actor: auditActorOf(actor), action, target: { type: "user", id: user.id }, changes, origin, at: now });
  });
}
