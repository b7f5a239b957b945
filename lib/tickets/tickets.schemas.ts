/** Tracker integrations' input, validated at the boundary; secrets are sealed before storage. */
import { z } from "zod";
import { receiverUrlSchema } from "@/lib/notifications/receiver-url";

const httpUrl = receiverUrlSchema;

export const jiraIntegrationSchema = z.object({
  kind: z.literal("jira"),
  name: z.string().trim().min(1).max(100),
  /** e.g. https://your-team.atlassian.net */
  baseUrl: httpUrl.transform((value) => value.replace(/\/+$/, "")),
  email: z.string().email(),
  apiToken: z.string().min(1).max(500),
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,19}$/, "a Jira project key such as SEC"),
  issueType: z.string().min(1).max(60).default("Task"),
});

export const webhookTrackerSchema = z.object({
  kind: z.literal("webhook"),
  name: z.string().trim().min(1).max(100),
  url: httpUrl,
  secret: z.string().min(16).max(200),
});

export const integrationInputSchema = z.discriminatedUnion("kind", [jiraIntegrationSchema, webhookTrackerSchema]);

export const jiraConfigSchema = jiraIntegrationSchema.pick({ baseUrl: true, email: true, projectKey: true, issueType: true });
export type JiraConfig = z.infer<typeof jiraConfigSchema>;

export const createTicketSchema = z.object({
  integrationId: z.string().uuid(),
  findingIds: z.array(z.string().uuid()).min(1).max(50),
});
