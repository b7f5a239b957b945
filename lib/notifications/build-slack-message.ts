/**
 * A Slack incoming-webhook message (Block Kit): `text` as the notification fallback, a header, the facts
 * as section fields, and a button to the finding. Mattermost and others that accept Slack payloads work too.
 */
import type { Notification, NotifiedFinding } from "./notification-event";

export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

const SEVERITY_MARK: Record<string, string> = { critical: ":red_circle:", high: ":large_orange_circle:", medium: ":large_yellow_circle:", low: ":large_blue_circle:", informational: ":white_circle:" };
/** Slack's limits: header text 150 characters, section text 3000, field text 2000. */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** Slack mrkdwn treats &, < and > as control characters. */
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function buildSlackMessage(notification: Notification): SlackMessage {
  if (notification.type === "test") {
    return { text: notification.message, blocks: [{ type: "section", text: { type: "mrkdwn", text: escape(notification.message) } }] };
  }
  if (notification.type === "digest") {
    const { counts, period } = notification;
    const summary = `${counts.open} open findings; ${counts.opened} new, ${counts.regressed} regressed and ${counts.resolved} resolved ${period.label}.`;
    return {
      text: `Vigil digest: ${summary}`,
      blocks: [
        { type: "header", text: { type: "plain_text", text: clip(`Vigil digest ${period.label}`, 150) } },
        { type: "section", text: { type: "mrkdwn", text: escape(summary) } },
        ...(notification.top.length > 0
          ? [{ type: "section", text: { type: "mrkdwn", text: clip(notification.top.slice(0, 10).map(findingLine).join("\n"), 3000) } }]
          : []),
        { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Open Vigil" }, url: notification.url }] },
      ],
    };
  }
  if (notification.type === "anomaly") {
    const { anomaly } = notification;
    return {
      text: `Unusual change in ${anomaly.accountId}: ${anomaly.summary}`,
      blocks: [
        { type: "header", text: { type: "plain_text", text: clip(`Unusual change: ${anomaly.summary}`, 150) } },
        {
          type: "section",
          fields: [
            { type: "mrkdwn", text: `*Severity*\n${SEVERITY_MARK[anomaly.severity] ?? ""} ${anomaly.severity}` },
            { type: "mrkdwn", text: `*Account*\n${anomaly.accountId}` },
            { type: "mrkdwn", text: clip(`*Resource*\n${escape(anomaly.resourceArn)}`, 2000) },
          ],
        },
        { type: "section", text: { type: "mrkdwn", text: clip(escape(anomaly.explanation), 3000) } },
        { type: "context", elements: [{ type: "mrkdwn", text: clip(`Baseline: ${escape(anomaly.baseline)}`, 3000) }] },
        { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "See what changed" }, url: notification.url }] },
      ],
    };
  }
  const { finding } = notification;
  const verb = notification.type === "finding.regressed" ? "Regressed" : "New";
  return {
    text: `${verb} ${finding.severity} finding: ${finding.title} (${finding.resourceArn})`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: clip(`${verb} ${finding.severity} finding: ${finding.title}`, 150) } },
      {
        type: "section",
        fields: [
          { type: "mrkdwn", text: `*Severity*\n${SEVERITY_MARK[finding.severity] ?? ""} ${finding.severity}` },
          { type: "mrkdwn", text: `*Account*\n${finding.accountId}` },
          { type: "mrkdwn", text: clip(`*Resource*\n${escape(finding.resourceArn)}`, 2000) },
          { type: "mrkdwn", text: `*Check*\n${escape(finding.checkId)}` },
        ],
      },
      ...(finding.reason ? [{ type: "section", text: { type: "mrkdwn", text: clip(escape(finding.reason), 3000) } }] : []),
      { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Open in Vigil" }, url: finding.url, style: "primary" }] },
    ],
  };
}

function findingLine(finding: NotifiedFinding): string {
  return `${SEVERITY_MARK[finding.severity] ?? ""} <${finding.url}|${escape(finding.title)}> · ${escape(finding.resourceArn)}`;
}
