/**
 * One attempt at one delivery, recorded on its row (attempts, status, response code, last error).
 * Throws on failure while attempts remain, so the job queue retries with backoff; after the last
 * attempt the row is marked failed and the job ends quietly. A delivery already sent is never resent.
 */
import type { Database } from "@/lib/db/client";
import type { Notification } from "./notification-event";
import { openSecret } from "@/lib/secrets/seal-secret";
import { sendNotification, type SendResult } from "./send-notification";

export const MAX_DELIVERY_ATTEMPTS = 6;

export class DeliveryFailedError extends Error {
  constructor(readonly result: SendResult) {
    super(result.error ?? "delivery failed");
    this.name = "DeliveryFailedError";
  }
}

export async function deliverNotification(
  database: Database,
  deliveryId: string,
  options: { maxAttempts?: number; key?: Buffer; timeoutMs?: number } = {},
): Promise<{ status: "sent" | "failed" | "retry" | "skipped"; result?: SendResult }> {
  const maxAttempts = options.maxAttempts ?? MAX_DELIVERY_ATTEMPTS;
  const delivery = await database.notificationDelivery.findUnique({ where: { id: deliveryId }, include: { channel: true } });
  if (!delivery || delivery.status !== "pending") return { status: "skipped" };
  // Claim the attempt first: two workers racing on the same delivery cannot both send it.
  const claimed = await database.notificationDelivery.updateMany({
    where: { id: deliveryId, status: "pending", attempts: delivery.attempts },
    data: { attempts: { increment: 1 }, lastAttemptAt: new Date() },
  });
  if (claimed.count === 0) return { status: "skipped" };
  const attempt = delivery.attempts + 1;

  let result: SendResult;
  if (!delivery.channel.enabled) result = { ok: false, responseCode: null, error: "The channel is disabled." };
  else {
    let secret: string | null = null;
    try {
      secret = delivery.channel.secretSealed ? openSecret(delivery.channel.secretSealed, options.key) : null;
      result = await sendNotification({ kind: delivery.channel.kind, config: delivery.channel.config, secret }, delivery.payload as unknown as Notification, {
        timeoutMs: options.timeoutMs,
      });
    } catch (error) {
      result = { ok: false, responseCode: null, error: error instanceof Error ? error.message : String(error) };
    }
  }
  const final = result.ok ? "sent" : attempt >= maxAttempts || !delivery.channel.enabled ? "failed" : "pending";
  await database.notificationDelivery.update({
    where: { id: deliveryId },
    data: {
      status: final,
      responseCode: result.responseCode,
      lastError: result.ok ? null : result.error?.slice(0, 1000) ?? "failed",
      sentAt: result.ok ? new Date() : undefined,
    },
  });
  if (final === "pending") return { status: "retry", result };
  return { status: final, result };
}
