/**
 * A check written inside a test, run by the real evaluation (lib/checks/evaluate-account.ts), so scan tests see
 * each lifecycle rule through one simple verdict while reuse, tallies and the memo work as in production.
 */
import type { CheckDefinition, CheckContext, Verdict } from "@/lib/checks/check-definition";
import { evaluateAccount } from "@/lib/checks/evaluate-account";
import type { ResourceRecord, ServiceName } from "@/lib/inventory/resource-record";
import type { ScanDependencies } from "@/lib/scans/run-scan";

export function defineTestCheck(check: {
  id: string;
  title: string;
  service: ServiceName;
  resourceType: string;
  evaluate(resource: ResourceRecord, context: CheckContext): Verdict;
}): CheckDefinition {
  return {
    severity: "medium",
    rationale: "Test check.",
    remediation: { console: [], cli: "", terraform: "" },
    compliance: [{ framework: "aws-fsbp", requirement: "S3.14" }],
    ...check,
  };
}

/** The scan's evaluate step with only these checks. */
export function evaluateWith(...checks: CheckDefinition[]): ScanDependencies["evaluate"] {
  return (resources, context) => evaluateAccount(resources, { ...context, checks });
}
