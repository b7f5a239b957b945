/**
 * Deletes a notification channel (with its rules and delivery history) or one rule. Deliveries of a deleted
 * rule stay in the history with no rule. Administrators only (settings:manage).
 */
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";

export async function deleteNotificationSetting(database: Database, actor: Actor, target: { kind: "channel" | "rule"; id: string }): Promise<void> {
  authorize(actor, "settings:manage");
  const deleted =
    target.kind === "channel"
      ? await database.notificationChannel.deleteMany({ where: { id: target.id } })
      : await database.notificationRule.deleteMany({ where: { id: target.id } });
  if (deleted.count === 0) throw new VigilError("not_found", `No such notification ${target.kind}.`);
  await recordAuditEvent(database, {
    actor: auditActorOf(actor), action: `notification.${target.kind}_deleted`, target: { type: `notification_${target.kind}`, id: target.id },
  });
}
