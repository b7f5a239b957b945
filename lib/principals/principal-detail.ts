import type { PrincipalAnalysis } from "@/lib/iam/analyze-account-iam";
import type { PolicySource } from "@/lib/policy/parsed-policy";

/** One of the principal's policies as written, so a statement reference can be shown in its document. */
export interface PolicyDocument {
  source: PolicySource;
  document: unknown;
}

/** What iam_principals.detail holds: the engine's result plus the principal's policy documents. */
export interface PrincipalDetail extends PrincipalAnalysis {
  /** Identity policies (inline, managed, via groups), then the permissions boundary and, for roles, the trust policy. */
  policies: PolicyDocument[];
}

export type Severity = "critical" | "high" | "medium" | "low";
