/** Saves a routing rule (filters + channel, immediate or digest). Administrators only (settings:manage). */
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { ruleInputSchema } from "./notification.schemas";

export async function createNotificationRule(database: Database, actor: Actor, input: unknown) {
  authorize(actor, "settings:manage");
  const rule = ruleInputSchema.parse(input);
  if (!(await database.notificationChannel.findUnique({ where: { id: rule.channelId }, select: { id: true } }))) {
    throw new VigilError("invalid_input", "That channel does not exist.");
  }
  const created = await database.notificationRule.create({ data: { ...rule, createdBy: actor.userId } });
  await recordAuditEvent(database, {
    actor: auditActorOf(actor), action: "notification.rule_created", target: { type: "notification_rule", id: created.id },
    details: { ...rule },
  });
  return created;
}
