/** The compliance report as CSV: one row per requirement, with its status, counts and failing resources. Pure. */
import type { ComplianceSummary } from "@/lib/compliance/summarise-compliance";
import { csvRow } from "@/lib/findings/format-csv";

export interface ComplianceCsvInput {
  framework: { id: string; name: string; version: string };
  scope: string;
  generatedAt: Date;
  summary: ComplianceSummary;
  /** requirement id -> ARNs of resources with open findings of its checks. */
  failingResources: ReadonlyMap<string, readonly string[]>;
}

const HEADER = ["framework", "version", "scope", "generated_at", "section", "requirement", "title", "status", "reason", "checks", "resources_passed", "resources_failed", "failing_resources"];

export function formatComplianceCsv(input: ComplianceCsvInput): string {
  const rows = input.summary.sections.flatMap((section) =>
    section.requirements.map((requirement) => [
      input.framework.name, input.framework.version, input.scope, input.generatedAt.toISOString(), section.section,
      requirement.id, requirement.title, requirement.status, requirement.reason ?? "", requirement.checkIds.join(" "),
      String(requirement.counts.pass), String(requirement.counts.fail), (input.failingResources.get(requirement.id) ?? []).join(" "),
    ]),
  );
  return [HEADER, ...rows].map(csvRow).join("");
}
