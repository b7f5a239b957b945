import { matchesAnyAction } from "@/lib/policy/expand-actions";
import { policyStatements } from "@/lib/policy/parse-policy";
import type { ParsedStatement } from "@/lib/policy/parsed-policy";

/** True when an Allow statement's Action (or NotAction) covers `action`. Conditions are not weighed. */
export function statementAllows(statement: ParsedStatement, action: string): boolean {
  if (statement.effect !== "Allow") return false;
  if (statement.actions) return matchesAnyAction(statement.actions, action);
  if (statement.notActions) return !matchesAnyAction(statement.notActions, action);
  return false;
}

/** True when the statement applies to every resource ("Resource": "*"). */
export function appliesToAllResources(statement: ParsedStatement): boolean {
  return (statement.resources ?? []).includes("*");
}

/**
 * Allow statements of an identity policy granting every action of `service` ("kms:*", "*", or NotAction that
 * leaves the whole service) on every resource: the "full access to a service" Prowler and CIS look for.
 * A Deny in the same policy naming the service's wildcard cancels it.
 */
export function findFullServiceAccess(document: unknown, service: string): ParsedStatement[] {
  const statements = policyStatements(document);
  const wildcard = `${service}:*`;
  const denied = statements.some((s) => s.effect === "Deny" && appliesToAllResources(s) && (s.actions ?? []).some((a) => a === "*" || a.toLowerCase() === wildcard));
  if (denied) return [];
  return statements.filter((s) => {
    if (s.effect !== "Allow" || !appliesToAllResources(s)) return false;
    if (s.actions) return s.actions.some((a) => a === "*" || a === "*:*" || a.toLowerCase() === wildcard);
    return !!s.notActions && !s.notActions.some((a) => a.toLowerCase().startsWith(`${service}:`) || a === "*");
  });
}
