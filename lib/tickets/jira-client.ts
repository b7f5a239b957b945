/**
 * The two Jira Cloud REST API v3 calls Vigil makes, with basic auth (account e-mail + API token):
 * create an issue, and read the status of linked issues by JQL (POST /rest/api/3/search/jql).
 */
import { VigilError } from "@/lib/errors/vigil-error";
import type { JiraConfig } from "./tickets.schemas";

const TIMEOUT_MS = 15_000;

function headers(config: JiraConfig, apiToken: string) {
  return {
    Authorization: `Basic ${Buffer.from(`${config.email}:${apiToken}`).toString("base64")}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  };
}

async function call<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = await response.text();
  if (!response.ok) {
    throw new VigilError("unavailable", `Jira answered HTTP ${response.status}: ${body.slice(0, 300)}`, { status: response.status });
  }
  return JSON.parse(body) as T;
}

export async function createJiraIssue(config: JiraConfig, apiToken: string, issue: unknown): Promise<{ key: string; url: string }> {
  const created = await call<{ id: string; key: string }>(`${config.baseUrl}/rest/api/3/issue`, {
    method: "POST",
    headers: headers(config, apiToken),
    body: JSON.stringify(issue),
  });
  return { key: created.key, url: `${config.baseUrl}/browse/${created.key}` };
}

export interface JiraIssueStatus {
  key: string;
  status: string;
  /** Jira's status category: "new", "indeterminate" or "done". */
  category: string;
}

export async function readJiraIssueStatuses(config: JiraConfig, apiToken: string, keys: readonly string[]): Promise<JiraIssueStatus[]> {
  if (keys.length === 0) return [];
  const result = await call<{ issues?: { key: string; fields?: { status?: { name?: string; statusCategory?: { key?: string } } } }[] }>(
    `${config.baseUrl}/rest/api/3/search/jql`,
    {
      method: "POST",
      headers: headers(config, apiToken),
      body: JSON.stringify({ jql: `key in (${keys.join(",")})`, fields: ["status"], maxResults: keys.length }),
    },
  );
  return (result.issues ?? []).map((issue) => ({
    key: issue.key,
    status: issue.fields?.status?.name ?? "unknown",
    category: issue.fields?.status?.statusCategory?.key ?? "unknown",
  }));
}
