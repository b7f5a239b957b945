/** Channels (without their secrets), rules and recent deliveries, for the notification settings page. */
import type { Database } from "@/lib/db/client";

export async function findNotificationSettings(database: Database) {
  const [channels, rules, deliveries] = await Promise.all([
    database.notificationChannel.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, kind: true, config: true, enabled: true, createdAt: true, secretSealed: false },
    }),
    database.notificationRule.findMany({ orderBy: { createdAt: "asc" }, include: { channel: { select: { name: true } } } }),
    database.notificationDelivery.findMany({
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, event: true, status: true, attempts: true, lastError: true, responseCode: true, createdAt: true, sentAt: true, channel: { select: { name: true } } },
    }),
  ]);
  return { channels, rules, deliveries };
}
