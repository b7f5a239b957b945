/** Channel and rule input, validated at every boundary (settings pages, CLI, tests). */
import { z } from "zod";
import { postgresText } from "@/lib/db/postgres-text";
import { receiverUrlSchema } from "@/lib/notifications/receiver-url";

const httpUrl = receiverUrlSchema;

export const webhookChannelSchema = z.object({
  kind: z.literal("webhook"),
  name: z.string().trim().min(1).max(100).check(postgresText()),
  url: httpUrl,
  /** The signing secret; sealed before it is stored. */
  secret: z.string().min(16, "use at least 16 characters").max(200),
});

export const slackChannelSchema = z.object({
  kind: z.literal("slack"),
  name: z.string().trim().min(1).max(100).check(postgresText()),
  /** The incoming-webhook URL is itself a credential, so it is sealed too. */
  url: httpUrl,
});

export const emailChannelSchema = z.object({
  kind: z.literal("email"),
  name: z.string().trim().min(1).max(100).check(postgresText()),
  host: z.string().min(1),
  port: z.coerce.number().int().min(1).max(65535).default(587),
  /** true for implicit TLS (465); otherwise STARTTLS is used when the server offers it. */
  secure: z.boolean().default(false),
  user: z.string().optional(),
  password: z.string().optional(),
  from: z.string().email(),
  to: z.array(z.string().email()).min(1),
});

export const channelInputSchema = z.discriminatedUnion("kind", [webhookChannelSchema, slackChannelSchema, emailChannelSchema]);
export type ChannelInput = z.infer<typeof channelInputSchema>;

export const emailConfigSchema = emailChannelSchema.omit({ kind: true, name: true, password: true });
export const webhookConfigSchema = z.object({ url: httpUrl });

const SEVERITIES = ["critical", "high", "medium", "low", "informational"] as const;

export const ruleInputSchema = z.object({
  name: z.string().trim().min(1).max(100).check(postgresText()),
  channelId: z.string().uuid(),
  /** opened (new findings), regressed, and anomaly (rare changes, lib/anomalies). */
  events: z.array(z.enum(["opened", "regressed", "anomaly"])).default(["opened", "regressed"]),
  minSeverity: z.enum(SEVERITIES).default("high"),
  frameworks: z.array(z.string().min(1)).default([]),
  accountIds: z.array(z.string().regex(/^\d{12}$/)).default([]),
  checkIds: z.array(z.string().min(1)).default([]),
  digest: z.enum(["daily", "weekly"]).nullable().default(null),
});
export type RuleInput = z.input<typeof ruleInputSchema>;
