import type { EscalationAnalysis } from "@/lib/checks/iam/analyze-escalation";
import type { IamModel } from "@/lib/iam/model/iam-model";
import type { ResourceRecord, ServiceName } from "@/lib/inventory/resource-record";

export type Severity = "critical" | "high" | "medium" | "low" | "informational";

/** The outcome of one check on one resource. "unknown" when the data needed could not be collected. */
export type VerdictStatus = "pass" | "fail" | "not_applicable" | "unknown";

export interface Verdict {
  status: VerdictStatus;
  /** One plain sentence a person understands without the check's source. */
  reason: string;
  /** The exact configuration or policy statement behind the verdict. */
  evidence?: unknown;
}

export interface ComplianceMapping {
  /** Framework id, e.g. "cis-aws-7.0", "cis-aws-5.0", "aws-fsbp", "nist-800-53-r5", "pci-dss-4.0". */
  framework: string;
  /** Requirement id within the framework, e.g. "2.9" or "IAM.6". */
  requirement: string;
}

export interface Remediation {
  /** Console steps, one per line. */
  console: string[];
  cli: string;
  terraform: string;
}

/** Settings people disagree on; every check reads them from here, never from constants. */
export interface CheckSettings {
  unusedCredentialDays: number;
  accessKeyRotationDays: number;
  /** Extra regular expressions (source text) that mark an environment variable's value as secret-like. */
  secretPatterns: string[];
  /** Root sign-ins or key uses within this many days are reported (CIS "eliminate use of root"); default 30. */
  rootRecentUseDays?: number;
  /** Lambda runtime identifiers treated as deprecated now, on top of AWS's published dates. */
  deprecatedRuntimes?: string[];
  /** How many days before a runtime's deprecation date Vigil starts warning; default 180. */
  runtimeWarningDays?: number;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  unusedCredentialDays: 45,
  accessKeyRotationDays: 90,
  secretPatterns: [],
  rootRecentUseDays: 30,
  deprecatedRuntimes: [],
  runtimeWarningDays: 180,
};

/** Read-only view over an account's whole inventory, for checks that look beyond one resource. */
export interface InventoryView {
  readonly accountId: string;
  byType(type: string): readonly ResourceRecord[];
  byArn(arn: string): ResourceRecord | undefined;
}

/**
 * Account-wide analyses that several resources (or checks) need: each is computed on first use and shared by
 * every check and resource of one evaluation (see createCheckContext), never recomputed per resource.
 */
export interface AccountAnalyses {
  /** The IAM engine's model (lib/iam) of the inventory's users, roles, groups, managed policies and functions. */
  iamModel(): IamModel;
  /** The IAM engine's privilege-escalation graph over that model. */
  escalation(): EscalationAnalysis;
}

export interface CheckContext {
  now: Date;
  settings: CheckSettings;
  inventory: InventoryView;
  analyses: AccountAnalyses;
}

/** A check: a small declarative, pure unit. No Prisma, Next or AWS imports. */
export interface CheckDefinition {
  id: string;
  title: string;
  service: ServiceName;
  resourceType: string;
  severity: Severity;
  rationale: string;
  remediation: Remediation;
  compliance: ComplianceMapping[];
  evaluate(resource: ResourceRecord, context: CheckContext): Verdict;
}
