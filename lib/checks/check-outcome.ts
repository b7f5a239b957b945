import type { Severity, VerdictStatus } from "@/lib/checks/check-definition";
import type { ServiceName } from "@/lib/inventory/resource-record";

/** One check's verdict on one resource, with the check's identity copied in for storage and display. */
export interface CheckOutcome {
  checkId: string;
  title: string;
  severity: Severity;
  service: ServiceName;
  resourceArn: string;
  resourceType: string;
  region: string;
  status: VerdictStatus;
  reason: string;
  /** Checks that find a resource reachable from outside put `exposure: "public" | "cross-account"` here. */
  evidence?: unknown;
}
