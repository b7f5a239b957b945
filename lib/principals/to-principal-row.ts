import type { PrincipalAnalysis } from "@/lib/iam/analyze-account-iam";
import type { PolicyDocument, PrincipalDetail, Severity } from "./principal-detail";

const ORDER: readonly Severity[] = ["critical", "high", "medium", "low"];

/** The list columns of one analysed principal (what the list filters and sorts on) and its stored detail. */
export function toPrincipalRow(principal: PrincipalAnalysis, policies: PolicyDocument[]) {
  const severities = new Set(principal.risks.map((risk) => risk.severity));
  const detail: PrincipalDetail = { ...principal, policies };
  return {
    arn: principal.arn,
    name: principal.name,
    kind: principal.kind,
    fullAdmin: principal.fullAdmin,
    riskCategories: [...new Set(principal.risks.map((risk) => risk.category))].sort(),
    topSeverity: ORDER.find((severity) => severities.has(severity)) ?? null,
    riskCount: principal.risks.length,
    escalationCount: principal.escalationPaths.length,
    allowedActions: principal.permissions.allowedActions,
    suggestionState: principal.suggestion.state,
    detail,
  };
}

export type PrincipalRow = ReturnType<typeof toPrincipalRow>;
