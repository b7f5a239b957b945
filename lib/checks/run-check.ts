import type { CheckContext, CheckDefinition, Verdict } from "@/lib/checks/check-definition";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

/** Runs one check on one resource; a check that throws yields "unknown" with the error message. */
export function runCheck(check: CheckDefinition, resource: ResourceRecord, context: CheckContext): Verdict {
  try {
    return check.evaluate(resource, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: "unknown", reason: `The check failed while evaluating this resource: ${message}` };
  }
}
