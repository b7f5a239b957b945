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

/** How far a failing resource can be reached from outside, as checks declare it in their evidence. */
export type Exposure = "public" | "cross-account";

/** The exposure a failing outcome's evidence declares, if any. */
export function readExposure(evidence: unknown): Exposure | null {
  if (!evidence || typeof evidence !== "object" || !("exposure" in evidence)) return null;
  const value = (evidence as { exposure: unknown }).exposure;
  return value === "public" || value === "cross-account" ? value : null;
}
