/**
 * Sends one notification to one channel and says what happened; never throws for a receiver's failure
 * (the caller records it and retries). Network calls time out, so a hanging receiver cannot hold a worker.
 */
import nodemailer from "nodemailer";
import { buildEmailMessage } from "./build-email-message";
import { buildSlackMessage } from "./build-slack-message";
import type { Notification } from "./notification-event";
import { emailConfigSchema, webhookConfigSchema } from "./notification.schemas";
import { DELIVERY_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from "./sign-webhook";

export interface SendResult {
  ok: boolean;
  responseCode: number | null;
  error: string | null;
}

export interface ChannelToSend {
  kind: string;
  config: unknown;
  /** The opened (clear) secret, or null. */
  secret: string | null;
}

const TIMEOUT_MS = 10_000;

export async function sendNotification(
  channel: ChannelToSend,
  notification: Notification,
  options: { now?: Date; timeoutMs?: number } = {},
): Promise<SendResult> {
  try {
    if (channel.kind === "webhook") {
      const { url } = webhookConfigSchema.parse(channel.config);
      const body = JSON.stringify(notification);
      const timestamp = Math.floor((options.now ?? new Date()).getTime() / 1000);
      const headers: Record<string, string> = {
        "Content-Type": "application/json",
        "User-Agent": "Vigil-Webhook/1",
        [TIMESTAMP_HEADER]: String(timestamp),
        [DELIVERY_HEADER]: notification.id,
      };
      if (channel.secret) headers[SIGNATURE_HEADER] = signWebhook(body, channel.secret, timestamp);
      return await post(url, body, headers, options.timeoutMs);
    }
    if (channel.kind === "slack") {
      if (!channel.secret) return { ok: false, responseCode: null, error: "The Slack webhook URL is missing." };
      return await post(channel.secret, JSON.stringify(buildSlackMessage(notification)), { "Content-Type": "application/json" }, options.timeoutMs);
    }
    if (channel.kind === "email") {
      const config = emailConfigSchema.parse(channel.config);
      const transport = nodemailer.createTransport({
        host: config.host,
        port: config.port,
        secure: config.secure,
        auth: config.user ? { user: config.user, pass: channel.secret ?? "" } : undefined,
        connectionTimeout: options.timeoutMs ?? TIMEOUT_MS,
        greetingTimeout: options.timeoutMs ?? TIMEOUT_MS,
        socketTimeout: options.timeoutMs ?? TIMEOUT_MS,
      });
      const message = buildEmailMessage(notification);
      const info = await transport.sendMail({ from: config.from, to: config.to, ...message, headers: { [DELIVERY_HEADER]: notification.id } });
      transport.close();
      const code = Number.parseInt(String(info.response ?? "").slice(0, 3), 10);
      return { ok: true, responseCode: Number.isNaN(code) ? null : code, error: null };
    }
    return { ok: false, responseCode: null, error: `Unknown channel kind ${channel.kind}.` };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    return { ok: false, responseCode: typeof code === "number" ? code : null, error: describe(error) };
  }
}

async function post(url: string, body: string, headers: Record<string, string>, timeoutMs = TIMEOUT_MS): Promise<SendResult> {
  const response = await fetch(url, { method: "POST", body, headers, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  // Drain the body so the connection is released; keep a little of it for the error message.
  const text = (await response.text().catch(() => "")).slice(0, 300);
  if (response.ok) return { ok: true, responseCode: response.status, error: null };
  return { ok: false, responseCode: response.status, error: `HTTP ${response.status}${text ? `: ${text}` : ""}` };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
}
