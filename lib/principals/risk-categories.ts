import type { RiskCategory } from "@/lib/iam/risks/iam-risk";

/** Every risk category of the engine, most alarming first, with the label people read. */
export const RISK_CATEGORY_LABELS = {
  "full-admin": "Full administrator",
  "privilege-escalation": "Privilege escalation",
  "trust-anyone": "Anyone may assume",
  "trust-any-account": "Any account may assume",
  "trust-oidc-without-subject": "OIDC trust without subject",
  "trust-third-party-without-external-id": "Third party without external id",
  "credentials-exposure": "Credentials exposure",
  "data-exfiltration": "Data exfiltration",
  "resource-exposure": "Resource exposure",
  "infrastructure-modification": "Infrastructure modification",
  "service-wildcard": "Service wildcard",
  "not-action-allow": "Allow with NotAction",
  "not-resource-allow": "Allow with NotResource",
} as const satisfies Record<RiskCategory, string>;

export const RISK_CATEGORIES = Object.keys(RISK_CATEGORY_LABELS) as RiskCategory[];

export function riskCategoryLabel(category: string): string {
  return (RISK_CATEGORY_LABELS as Record<string, string>)[category] ?? category;
}
