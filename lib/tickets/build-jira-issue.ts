/**
 * The Jira Cloud issue for one finding or a group of findings (POST /rest/api/3/issue): a summary, labels,
 * and an Atlassian Document Format description listing each finding with its link back to Vigil and the
 * remediation commands filled in for its resource. Pure.
 */
import { findCheck } from "@/lib/checks/catalogue";
import { fillRemediation } from "@/lib/exports/fill-remediation";
import type { NotifiedFinding } from "@/lib/notifications/notification-event";
import type { JiraConfig } from "./tickets.schemas";

type AdfNode = Record<string, unknown>;

const text = (value: string, marks?: AdfNode[]): AdfNode => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const link = (value: string, href: string): AdfNode => text(value, [{ type: "link", attrs: { href } }]);
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: "paragraph", content });
const heading = (level: number, value: string): AdfNode => ({ type: "heading", attrs: { level }, content: [text(value)] });
const code = (value: string, language: string): AdfNode => ({ type: "codeBlock", attrs: { language }, content: [text(value)] });

export interface TicketFinding extends NotifiedFinding {
  resourceName: string;
}

export function buildJiraIssue(config: JiraConfig, findings: readonly TicketFinding[]) {
  const first = findings[0];
  if (!first) throw new Error("A ticket needs at least one finding.");
  const summary = findings.length === 1
    ? `[Vigil] ${first.title}: ${first.resourceName}`
    : `[Vigil] ${findings.length} findings: ${first.title}${new Set(findings.map((f) => f.checkId)).size > 1 ? " and others" : ""}`;
  const content: AdfNode[] = [
    paragraph(text(`Vigil found ${findings.length === 1 ? "this issue" : `${findings.length} issues`}. Fix ${findings.length === 1 ? "it" : "them"}, then close this ticket: Vigil resolves the linked findings when it closes, and reopens them if a later scan still fails.`)),
  ];
  for (const finding of findings) {
    content.push(heading(3, `${finding.severity.toUpperCase()}: ${finding.title}`));
    content.push({
      type: "bulletList",
      content: [
        `Resource: ${finding.resourceArn}`,
        `Account: ${finding.accountId}, region: ${finding.region}`,
        `Check: ${finding.checkId}`,
        ...(finding.reason ? [`Why: ${finding.reason}`] : []),
      ].map((item) => ({ type: "listItem", content: [paragraph(text(item))] })),
    });
    const check = findCheck(finding.checkId);
    const target = { arn: finding.resourceArn, name: finding.resourceName, type: finding.resourceType, region: finding.region, accountId: finding.accountId };
    if (check?.remediation.cli) content.push(paragraph(text("AWS CLI:", [{ type: "strong" }])), code(fillRemediation(check.remediation.cli, target).text, "bash"));
    if (check?.remediation.terraform) content.push(paragraph(text("Terraform:", [{ type: "strong" }])), code(fillRemediation(check.remediation.terraform, target).text, "hcl"));
    content.push(paragraph(link("Open this finding in Vigil", finding.url)));
  }
  return {
    fields: {
      project: { key: config.projectKey },
      issuetype: { name: config.issueType },
      summary: summary.length > 254 ? `${summary.slice(0, 253)}…` : summary,
      labels: ["vigil", ...new Set(findings.map((finding) => `severity-${finding.severity}`))],
      description: { type: "doc", version: 1, content },
    },
  };
}
