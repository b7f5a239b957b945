import type { StatementRef } from "@/lib/iam/evaluate/evaluate-request";

export type RiskCategory =
  | "full-admin"
  | "privilege-escalation"
  | "data-exfiltration"
  | "resource-exposure"
  | "credentials-exposure"
  | "infrastructure-modification"
  | "service-wildcard"
  | "not-action-allow"
  | "not-resource-allow"
  | "trust-anyone"
  | "trust-any-account"
  | "trust-third-party-without-external-id"
  | "trust-oidc-without-subject";

/** One risk of a principal, with the exact statements that create it. */
export interface IamRisk {
  category: RiskCategory;
  severity: "critical" | "high" | "medium" | "low";
  title: string;
  /** The actions concerned (capped for display; `actionCount` has the total). */
  actions: string[];
  actionCount: number;
  /** True when conditions the engine could not decide stand between the principal and the risk. */
  conditional: boolean;
  statements: StatementRef[];
}

export function uniqueRefs(refs: readonly StatementRef[]): StatementRef[] {
  const seen = new Map<string, StatementRef>();
  for (const r of refs) seen.set(`${r.source.kind}|${r.source.arn ?? r.source.name}|${r.source.viaGroup ?? ""}|${r.statementIndex}`, r);
  return [...seen.values()];
}
