/** What a notification is about: one finding event, or a digest of a period. The payload receivers get is built from these. */
import type { AnomalyKind } from "@/lib/anomalies/anomaly-signal";
import type { Severity } from "@/lib/checks/check-definition";

export type FindingEventKind = "opened" | "regressed";
export const FINDING_EVENT_KINDS: readonly FindingEventKind[] = ["opened", "regressed"];

export interface NotifiedFinding {
  id: string;
  checkId: string;
  title: string;
  severity: Severity;
  status: string;
  accountId: string;
  region: string;
  service: string;
  resourceArn: string;
  resourceType: string;
  reason: string | null;
  firstSeenAt: string;
  /** Link to the finding in Vigil. */
  url: string;
}

export interface FindingNotification {
  type: "finding.opened" | "finding.regressed";
  /** The delivery id: stable across retries, so receivers can deduplicate. */
  id: string;
  occurredAt: string;
  scanId: string | null;
  rule: { id: string; name: string } | null;
  finding: NotifiedFinding;
}

export interface DigestNotification {
  type: "digest";
  id: string;
  occurredAt: string;
  rule: { id: string; name: string } | null;
  period: { label: string; from: string; to: string };
  counts: { opened: number; regressed: number; resolved: number; open: number };
  /** Open findings matching the rule, most severe first (at most 20). */
  top: NotifiedFinding[];
  url: string;
}

/** A change that is rare for the account (lib/anomalies), with the baseline it deviates from. */
export interface AnomalyNotification {
  type: "anomaly";
  id: string;
  occurredAt: string;
  scanId: string | null;
  rule: { id: string; name: string } | null;
  anomaly: {
    kind: AnomalyKind;
    severity: Severity;
    accountId: string;
    resourceArn: string;
    resourceName: string;
    at: string;
    summary: string;
    explanation: string;
    baseline: string;
  };
  /** The "what changed" page of that account. */
  url: string;
}

export type Notification =
  | FindingNotification
  | DigestNotification
  | AnomalyNotification
  | { type: "test"; id: string; occurredAt: string; message: string };
