import type { AccessLevel } from "@/lib/policy/action-catalogue";
import { expandActions } from "@/lib/policy/expand-actions";
import type { Restriction } from "@/lib/policy/find-restrictions";
import { findRestrictions } from "@/lib/policy/find-restrictions";
import { matchGlob } from "@/lib/policy/glob";
import { policyStatements } from "@/lib/policy/parse-policy";
import type { ParsedStatement } from "@/lib/policy/parsed-policy";
import type { Principal } from "@/lib/policy/parse-principal";

/**
 * Who a grant reaches, from widest to narrowest:
 * public (anyone, no restricting condition), cross-account (named other accounts), organization
 * (aws:PrincipalOrgID), restricted (anyone, but only through a VPC, endpoint, fixed IP range or source ARN),
 * federated (identity-provider users, trust policies), service (an AWS service principal), same-account.
 */
export type GrantScope =
  | "public"
  | "cross-account"
  | "organization"
  | "restricted"
  | "federated"
  | "service"
  | "same-account";

export const SCOPE_ORDER: readonly GrantScope[] = [
  "public",
  "cross-account",
  "organization",
  "restricted",
  "federated",
  "service",
  "same-account",
];

export interface PolicyGrant {
  statementIndex: number;
  sid: string | null;
  principal: Principal;
  scope: GrantScope;
  /** Other accounts reached (cross-account), or the accounts a condition names. */
  accounts: string[];
  /** Catalogue actions of the policy's service still allowed after Deny statements. */
  actions: string[];
  accessLevels: AccessLevel[];
  restrictions: Restriction[];
  /** A service principal with no aws:SourceAccount / aws:SourceArn: any account's resource could use it. */
  unscopedService: boolean;
}

export interface PolicyAccess {
  grants: PolicyGrant[];
  /** The widest scope among grants, or "none" when nothing is allowed. */
  exposure: GrantScope | "none";
}

export interface ClassifyOptions {
  /** The account that owns the resource. */
  accountId: string;
  /** IAM service prefix of the resource ("s3", "lambda", "kms", "sts" for trust policies). */
  service: string;
}

interface WorkingGrant {
  statement: ParsedStatement;
  principal: Principal;
  actions: Map<string, AccessLevel[]>;
  restrictions: Restriction[];
}

/** Classifies who an Allow in a resource policy reaches, after conditions and explicit Deny statements. */
export function classifyResourcePolicy(policy: unknown, options: ClassifyOptions): PolicyAccess {
  const statements = policyStatements(policy, "resource");
  const working: WorkingGrant[] = [];
  for (const s of statements) {
    if (s.effect !== "Allow") continue;
    const actions = new Map(expandActions(options.service, s.actions, s.notActions).map((a) => [a.action, a.accessLevels]));
    if (actions.size === 0) continue;
    const principals: Principal[] = s.notPrincipals ? [{ kind: "anyone", value: "*" }] : (s.principals ?? []);
    for (const principal of principals) {
      working.push({ statement: s, principal, actions: new Map(actions), restrictions: findRestrictions(s.conditions) });
    }
  }
  const afterDeny = statements
    .filter((s) => s.effect === "Deny")
    .reduce((grants, deny) => grants.flatMap((g) => applyDeny(g, deny, options.service)), working);
  const grants = afterDeny.filter((g) => g.actions.size > 0).map((g) => finish(g, options.accountId));
  const exposure = SCOPE_ORDER.find((scope) => grants.some((g) => g.scope === scope)) ?? "none";
  return { grants, exposure };
}

/** A Deny removes the actions it covers, or (with a "deny unless from X" condition) restricts them to X. */
function applyDeny(grant: WorkingGrant, deny: ParsedStatement, service: string): WorkingGrant[] {
  if (!denyReachesPrincipal(deny, grant.principal) || !denyCoversResources(deny, grant.statement)) return [grant];
  const denied = new Set(expandActions(service, deny.actions, deny.notActions).map((a) => a.action));
  const covered = [...grant.actions.keys()].filter((a) => denied.has(a));
  if (covered.length === 0) return [grant];
  const conditionKeys = deny.conditions.map((c) => c.keyLower);
  let restrictedCopy: WorkingGrant | null = null;
  if (conditionKeys.length > 0) {
    const restrictions = findRestrictions(deny.conditions, true);
    // Only a deny with one condition key is a clean "unless": with several, each is only part of the test.
    if (conditionKeys.length !== 1 || restrictions.length !== 1) return [grant];
    restrictedCopy = {
      ...grant,
      actions: new Map(covered.map((a) => [a, grant.actions.get(a) ?? []])),
      restrictions: [...grant.restrictions, ...restrictions],
    };
  }
  const remaining = new Map([...grant.actions].filter(([a]) => !denied.has(a)));
  return [{ ...grant, actions: remaining }, ...(restrictedCopy ? [restrictedCopy] : [])];
}

function denyReachesPrincipal(deny: ParsedStatement, principal: Principal): boolean {
  if (deny.notPrincipals) return false; // "deny everyone except ..." : too varied to credit.
  const principals = deny.principals ?? [];
  return principals.some((p) => p.kind === "anyone" || (p.kind === principal.kind && p.value === principal.value));
}

function denyCoversResources(deny: ParsedStatement, allow: ParsedStatement): boolean {
  if (deny.notResources) return false;
  const denyResources = deny.resources ?? ["*"];
  const allowResources = allow.resources ?? ["*"];
  return allowResources.every((r) => denyResources.some((d) => matchGlob(d, r)));
}

function finish(grant: WorkingGrant, accountId: string): PolicyGrant {
  const { scope, accounts } = scopeOf(grant.principal, grant.restrictions, accountId);
  const levels = new Set<AccessLevel>([...grant.actions.values()].flat());
  return {
    statementIndex: grant.statement.index,
    sid: grant.statement.sid,
    principal: grant.principal,
    scope,
    accounts,
    actions: [...grant.actions.keys()].sort(),
    accessLevels: [...levels].sort(),
    restrictions: grant.restrictions,
    unscopedService:
      grant.principal.kind === "service" &&
      !grant.restrictions.some((r) => r.kind === "account" || r.kind === "source" || r.kind === "organization"),
  };
}

function scopeOf(principal: Principal, restrictions: Restriction[], accountId: string): { scope: GrantScope; accounts: string[] } {
  // Conditions combine with AND, so the narrowest restriction decides.
  const accountRestriction = restrictions.find((r) => (r.kind === "account" || r.kind === "source") && r.accounts.length > 0);
  if (accountRestriction) return byAccounts(accountRestriction.accounts, accountId);
  if (principal.kind === "account" || principal.kind === "aws-arn") {
    return principal.accountId ? byAccounts([principal.accountId], accountId) : { scope: "cross-account", accounts: [] };
  }
  if (principal.kind === "canonical-user") return { scope: "cross-account", accounts: [] };
  if (principal.kind === "service") return { scope: "service", accounts: [] };
  if (principal.kind === "federated") return { scope: "federated", accounts: [] };
  if (restrictions.some((r) => r.kind === "organization")) return { scope: "organization", accounts: [] };
  if (restrictions.some((r) => r.kind === "network" || r.kind === "source")) return { scope: "restricted", accounts: [] };
  return { scope: "public", accounts: [] };
}

function byAccounts(accounts: string[], accountId: string): { scope: GrantScope; accounts: string[] } {
  const others = accounts.filter((a) => a !== accountId);
  return others.length === 0 ? { scope: "same-account", accounts: [] } : { scope: "cross-account", accounts: others };
}
