/**
 * The generic tracker: a signed JSON POST (same headers as notification webhooks) asking the receiver to
 * open a ticket. The receiver answers 2xx with { "key": "...", "url": "..." } so Vigil can link it.
 */
import { z } from "zod";
import { VigilError } from "@/lib/errors/vigil-error";
import type { NotifiedFinding } from "@/lib/notifications/notification-event";
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from "@/lib/notifications/sign-webhook";

const answerSchema = z.object({ key: z.string().min(1).max(200), url: z.string().url() });

export async function sendTrackerWebhook(url: string, secret: string, findings: readonly NotifiedFinding[], now = new Date()) {
  const body = JSON.stringify({ type: "ticket.requested", occurredAt: now.toISOString(), findings });
  const timestamp = Math.floor(now.getTime() / 1000);
  const response = await fetch(url, {
    method: "POST",
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
    headers: { "Content-Type": "application/json", [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signWebhook(body, secret, timestamp) },
  });
  const text = await response.text();
  if (!response.ok) throw new VigilError("unavailable", `The tracker answered HTTP ${response.status}: ${text.slice(0, 300)}`);
  const answer = answerSchema.safeParse((() => { try { return JSON.parse(text) as unknown; } catch { return null; } })());
  if (!answer.success) throw new VigilError("unavailable", 'The tracker must answer with JSON { "key": "...", "url": "..." }.');
  return answer.data;
}
