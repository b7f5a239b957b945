/** Saves a channel with its secret sealed (never stored in the clear). Administrators only (settings:manage). */
import { auditActorOf } from "@/lib/audit/audit-actor-of";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { channelInputSchema } from "./notification.schemas";
import { sealSecret } from "@/lib/secrets/seal-secret";

export async function createNotificationChannel(database: Database, actor: Actor, input: unknown, options: { key?: Buffer } = {}) {
  authorize(actor, "settings:manage");
  const channel = channelInputSchema.parse(input);
  const { config, secret } =
    channel.kind === "webhook"
      ? { config: { url: channel.url }, secret: channel.secret }
      : channel.kind === "slack"
        ? { config: {}, secret: channel.url }
        : { config: { host: channel.host, port: channel.port, secure: channel.secure, user: channel.user, from: channel.from, to: channel.to }, secret: channel.password };
  const created = await database.notificationChannel.create({
    data: { name: channel.name, kind: channel.kind, config, secretSealed: secret ? sealSecret(secret, options.key) : null, createdBy: actor.userId },
    select: { id: true, name: true, kind: true },
  });
  await recordAuditEvent(database, {
    actor: auditActorOf(actor), action: "notification.channel_created", target: { type: "notification_channel", id: created.id },
    details: { name: created.name, kind: created.kind },
  });
  return created;
}
