/** A one-off "test" delivery to a channel, sent through the same delivery path (signature, retries, record). */
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";

export async function queueTestNotification(database: Database, actor: Actor, channelId: string): Promise<string> {
  authorize(actor, "settings:manage");
  const id = crypto.randomUUID();
  await database.notificationDelivery.create({
    data: {
      id,
      deliveryKey: `test:${id}`,
      channelId,
      event: "test",
      payload: { type: "test", id, occurredAt: new Date().toISOString(), message: "Vigil test notification: this channel works." },
    },
  });
  return id;
}
