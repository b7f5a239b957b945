/** The e-mail for a notification: a subject people can triage from their inbox, plain text and simple HTML. */
import type { Notification, NotifiedFinding } from "./notification-event";

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

const html = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function buildEmailMessage(notification: Notification): EmailMessage {
  if (notification.type === "test") {
    return { subject: "[Vigil] Test notification", text: notification.message, html: `<p>${html(notification.message)}</p>` };
  }
  if (notification.type === "digest") {
    const { counts, period } = notification;
    const summary = `${counts.open} open findings; ${counts.opened} new, ${counts.regressed} regressed and ${counts.resolved} resolved ${period.label}.`;
    const lines = notification.top.map((finding) => `- [${finding.severity}] ${finding.title} (${finding.resourceArn}) ${finding.url}`);
    return {
      subject: `[Vigil] Digest ${period.label}: ${counts.opened} new, ${counts.open} open`,
      text: [summary, "", ...lines, "", notification.url].join("\n"),
      html: `<p>${html(summary)}</p><ul>${notification.top.map(findingItem).join("")}</ul><p><a href="${html(notification.url)}">Open Vigil</a></p>`,
    };
  }
  if (notification.type === "anomaly") {
    const { anomaly } = notification;
    const lines = [anomaly.explanation, "", `Baseline: ${anomaly.baseline}`, `Account: ${anomaly.accountId}`, `Resource: ${anomaly.resourceArn}`];
    return {
      subject: `[Vigil] Unusual change (${anomaly.severity}): ${anomaly.summary}`,
      text: [...lines, "", notification.url].join("\n"),
      html: `<h2>${html(`Unusual change: ${anomaly.summary}`)}</h2>${lines.filter(Boolean).map((line) => `<p>${html(line)}</p>`).join("")}<p><a href="${html(notification.url)}">See what changed</a></p>`,
    };
  }
  const { finding } = notification;
  const verb = notification.type === "finding.regressed" ? "Regressed" : "New";
  const facts = [`Severity: ${finding.severity}`, `Account: ${finding.accountId}`, `Region: ${finding.region}`, `Resource: ${finding.resourceArn}`, `Check: ${finding.checkId}`];
  return {
    subject: `[Vigil] ${verb} ${finding.severity}: ${finding.title}`,
    text: [`${verb} finding: ${finding.title}`, "", ...facts, "", finding.reason ?? "", "", finding.url].join("\n"),
    html:
      `<h2>${html(`${verb} finding: ${finding.title}`)}</h2><ul>${facts.map((fact) => `<li>${html(fact)}</li>`).join("")}</ul>` +
      (finding.reason ? `<p>${html(finding.reason)}</p>` : "") +
      `<p><a href="${html(finding.url)}">Open in Vigil</a></p>`,
  };
}

function findingItem(finding: NotifiedFinding): string {
  return `<li>[${html(finding.severity)}] <a href="${html(finding.url)}">${html(finding.title)}</a> (${html(finding.resourceArn)})</li>`;
}
