import type { CatalogueAction } from "@/lib/policy/action-catalogue";
import { serviceActions } from "@/lib/policy/action-catalogue";
import { matchGlob } from "@/lib/policy/glob";

/**
 * The catalogue actions of `service` that a statement's Action (or everything but its NotAction) covers.
 * Patterns naming other services are ignored: a resource policy only grants its own service's actions.
 */
export function expandActions(
  service: string,
  actions: readonly string[] | null,
  notActions: readonly string[] | null = null,
): CatalogueAction[] {
  const catalogue = serviceActions(service);
  if (actions) return catalogue.filter((a) => actions.some((p) => matchGlob(p, a.action, false)));
  if (notActions) return catalogue.filter((a) => !notActions.some((p) => matchGlob(p, a.action, false)));
  return [];
}

/** True when some pattern in `patterns` matches `action` (case-insensitive, wildcards allowed). */
export function matchesAnyAction(patterns: readonly string[], action: string): boolean {
  return patterns.some((p) => matchGlob(p, action, false));
}
