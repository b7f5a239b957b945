import type { EffectiveAction } from "@/lib/iam/effective/list-effective-actions";
import type { AccessLevel } from "@/lib/policy/action-catalogue";

export interface ServicePermissionSummary {
  service: string;
  allowed: number;
  conditional: number;
  /** Actions allowed on every resource of the service. */
  unrestricted: number;
  accessLevels: Partial<Record<AccessLevel, number>>;
}

export interface PermissionSummary {
  allowedActions: number;
  conditionalActions: number;
  services: ServicePermissionSummary[];
}

/** Counts effective actions per service and access level (JSON-friendly, for dashboards). */
export function summarizePermissions(actions: readonly EffectiveAction[]): PermissionSummary {
  const byService = new Map<string, ServicePermissionSummary>();
  let allowed = 0;
  let current: ServicePermissionSummary | undefined;
  for (const a of actions) {
    // Actions mostly arrive grouped by service, so the map is consulted only when the service changes.
    if (current?.service !== a.service) {
      current = byService.get(a.service);
      if (!current) {
        current = { service: a.service, allowed: 0, conditional: 0, unrestricted: 0, accessLevels: {} };
        byService.set(a.service, current);
      }
    }
    if (a.decision === "allowed") {
      current.allowed++;
      allowed++;
    } else current.conditional++;
    if (a.everyResource) current.unrestricted++;
    for (const level of a.accessLevels) current.accessLevels[level] = (current.accessLevels[level] ?? 0) + 1;
  }
  return {
    allowedActions: allowed,
    conditionalActions: actions.length - allowed,
    services: [...byService.values()].sort((a, b) => a.service.localeCompare(b.service)),
  };
}
