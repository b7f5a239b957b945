import type { StatementRef } from "@/lib/iam/evaluate/evaluate-request";

/** The pseudo-node every escalation path ends at: full administrative control. */
export const ADMIN = "admin";

/** One step: `from` uses a technique on a concrete target and becomes `to` (a principal ARN, or ADMIN). */
export interface EscalationHop {
  from: string;
  to: string;
  technique: string;
  techniqueName: string;
  /** What the hop acts on: the policy, group, role, user or function ARN. */
  via: string | null;
  conditional: boolean;
  /** Conditions the engine could not decide, as "key operator values". */
  undecided: string[];
  /** Facts the engine could not see and assumed (a login profile that may not exist, an uncollected resource). */
  assumptions: string[];
  /** The Allow statements that grant the hop's permissions. */
  statements: StatementRef[];
}

export interface EscalationPath {
  hops: EscalationHop[];
  conditional: boolean;
}
