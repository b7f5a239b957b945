/** Whether a finding event passes a notification rule's filters. Pure; empty lists mean "any". */
import type { AnomalyKind } from "@/lib/anomalies/anomaly-signal";
import type { Severity } from "@/lib/checks/check-definition";
import type { FindingEventKind } from "./notification-event";

export const SEVERITY_RANK: Record<Severity, number> = { informational: 0, low: 1, medium: 2, high: 3, critical: 4 };

export interface RuleFilter {
  events: readonly string[];
  minSeverity: Severity;
  frameworks: readonly string[];
  accountIds: readonly string[];
  checkIds: readonly string[];
}

export interface MatchableEvent {
  kind: FindingEventKind;
  severity: Severity;
  accountId: string;
  checkId: string;
  /** Frameworks the finding's check maps to. */
  frameworks: readonly string[];
}

export function matchesRule(rule: RuleFilter, event: MatchableEvent): boolean {
  if (rule.events.length > 0 && !rule.events.includes(event.kind)) return false;
  if (SEVERITY_RANK[event.severity] < SEVERITY_RANK[rule.minSeverity]) return false;
  if (rule.accountIds.length > 0 && !rule.accountIds.includes(event.accountId)) return false;
  if (rule.checkIds.length > 0 && !rule.checkIds.includes(event.checkId)) return false;
  if (rule.frameworks.length > 0 && !rule.frameworks.some((framework) => event.frameworks.includes(framework))) return false;
  return true;
}

/** How urgent each kind of anomaly is, for rules' severity threshold. */
export const ANOMALY_SEVERITY: Record<AnomalyKind, Severity> = {
  became_public: "critical",
  permission_growth: "high",
  new_external_trust: "high",
  access_key_burst: "medium",
};

/**
 * Whether a rule wants an anomaly: it must list the "anomaly" event, pass the severity above, and have no
 * check or framework filter (anomalies belong to no check); accounts filter as for findings.
 */
export function matchesAnomalyRule(rule: RuleFilter, anomaly: { kind: AnomalyKind; accountId: string }): boolean {
  if (!rule.events.includes("anomaly")) return false;
  if (SEVERITY_RANK[ANOMALY_SEVERITY[anomaly.kind]] < SEVERITY_RANK[rule.minSeverity]) return false;
  if (rule.checkIds.length > 0 || rule.frameworks.length > 0) return false;
  return rule.accountIds.length === 0 || rule.accountIds.includes(anomaly.accountId);
}

/** The key that makes a delivery unique: the same rule never sends the same event of the same finding twice. */
export function deliveryKey(ruleId: string, findingId: string, kind: string, scanId: string | null): string {
  // A regression can happen many times in a finding's life; each scan's regression is news again.
  return kind === "regressed" ? `${ruleId}:${findingId}:regressed:${scanId ?? "manual"}` : `${ruleId}:${findingId}:${kind}`;
}
