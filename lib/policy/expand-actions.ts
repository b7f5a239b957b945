import type { CatalogAction } from "@/lib/policy/action-catalog";
import { actionsForService } from "@/lib/policy/action-catalog";
import { matchWildcard } from "@/lib/policy/match-wildcard";

/**
 * The catalogue actions of `service` that a statement's Action (or everything but its NotAction) covers.
 * Patterns naming other services are ignored: a resource policy only grants its own service's actions.
 */
export function expandActions(
  service: string,
  actions: readonly string[] | null,
  notActions: readonly string[] | null = null,
): CatalogAction[] {
  const catalogue = actionsForService(service);
  if (actions) return catalogue.filter((a) => actions.some((p) => matchWildcard(p, a.action)));
  if (notActions) return catalogue.filter((a) => !notActions.some((p) => matchWildcard(p, a.action)));
  return [];
}

/** True when some pattern in `patterns` matches `action` (case-insensitive, wildcards allowed). */
export function matchesAnyAction(patterns: readonly string[], action: string): boolean {
  return patterns.some((p) => matchWildcard(p, action));
}
