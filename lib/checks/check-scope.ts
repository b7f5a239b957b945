import { matchGlob } from "@/lib/policy/glob";

/** A resource one check (or every check, when checkId is null) ignores in one account. */
export interface CheckExclusionRule {
  checkId: string | null;
  /** A resource ARN, with "*" and "?" wildcards. */
  resourcePattern: string;
  reason: string;
}

/** Which checks and resources an account has switched off, with the reasons reports show. */
export interface CheckScope {
  /** check id -> reason the check is disabled for this account. */
  disabledChecks?: Readonly<Record<string, string>>;
  exclusions?: readonly CheckExclusionRule[];
}

/** The exclusion that covers this check and resource, if any. ARNs compare case-sensitively, as IAM does. */
export function findExclusion(scope: CheckScope, checkId: string, resourceArn: string): CheckExclusionRule | undefined {
  return scope.exclusions?.find(
    (rule) => (rule.checkId === null || rule.checkId === checkId) && matchGlob(rule.resourcePattern, resourceArn),
  );
}
