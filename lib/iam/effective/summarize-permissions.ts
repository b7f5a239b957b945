import type { EffectiveAction } from "@/lib/iam/effective/list-effective-actions";
import type { AccessLevel } from "@/lib/iam/policy/action-catalogue";

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
  for (const a of actions) {
    const service = a.action.split(":")[0] ?? "";
    const s = byService.get(service) ?? { service, allowed: 0, conditional: 0, unrestricted: 0, accessLevels: {} };
    if (a.decision === "allowed") s.allowed++;
    else s.conditional++;
    if (a.everyResource) s.unrestricted++;
    for (const level of a.accessLevels) s.accessLevels[level] = (s.accessLevels[level] ?? 0) + 1;
    byService.set(service, s);
  }
  return {
    allowedActions: actions.filter((a) => a.decision === "allowed").length,
    conditionalActions: actions.filter((a) => a.decision === "conditional").length,
    services: [...byService.values()].sort((a, b) => a.service.localeCompare(b.service)),
  };
}
