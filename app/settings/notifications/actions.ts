"use server";
// Notification channels and rules from the settings page; validated and authorised in lib/notifications.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/app/_auth/get-actor";
import { runAction, type ActionResult } from "@/app/_actions/action-result";
import { db } from "@/lib/db/client";
import { createNotificationChannel } from "@/lib/notifications/create-notification-channel";
import { createNotificationRule } from "@/lib/notifications/create-notification-rule";
import { enqueueDeliveryJob } from "@/lib/notifications/enqueue-delivery-job";
import { queueTestNotification } from "@/lib/notifications/queue-test-notification";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};
const list = (form: FormData, name: string) => (text(form, name) ?? "").split(",").map((part) => part.trim()).filter(Boolean);

export async function createChannelAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = {
    kind: text(form, "kind"), name: text(form, "name"), url: text(form, "url"), secret: text(form, "secret"),
    host: text(form, "host"), port: text(form, "port"), secure: form.get("secure") === "on", user: text(form, "user"),
    password: text(form, "password"), from: text(form, "from"), to: list(form, "to"),
  };
  return runAction(z.unknown(), input, async (valid) => {
    const created = await createNotificationChannel(db(), await getActor(), valid);
    revalidatePath("/settings/notifications");
    return { id: created.id };
  });
}

export async function createRuleAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = {
    name: text(form, "name"), channelId: text(form, "channelId"), minSeverity: text(form, "minSeverity"),
    events: form.getAll("events").filter((value): value is string => typeof value === "string"),
    frameworks: list(form, "frameworks"), accountIds: list(form, "accountIds"), checkIds: list(form, "checkIds"),
    digest: text(form, "digest") ?? null,
  };
  return runAction(z.unknown(), input, async (valid) => {
    const created = await createNotificationRule(db(), await getActor(), valid);
    revalidatePath("/settings/notifications");
    return { id: created.id };
  });
}

export async function sendTestAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(z.object({ channelId: z.string().uuid() }), { channelId: form.get("channelId") }, async ({ channelId }) => {
    const id = await queueTestNotification(db(), await getActor(), channelId);
    await enqueueDeliveryJob(id);
    revalidatePath("/settings/notifications");
    return { id };
  });
}
