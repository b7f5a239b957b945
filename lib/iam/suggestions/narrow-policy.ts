import type { CatalogueAction } from "@/lib/policy/action-catalogue";
import { allCatalogueActions, expandActionPattern, expandActionPositions } from "@/lib/policy/action-catalogue";
import type { ParsedPolicy } from "@/lib/policy/parsed-policy";

export interface PolicyStatementJson {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string[]>>;
}

export interface PolicyJson {
  Version: "2012-10-17";
  Statement: PolicyStatementJson[];
}

/**
 * The principal's identity policies rewritten to the used actions: each Allow keeps its Resource, NotResource and
 * Condition unchanged and lists only the used actions it already granted (wildcards and NotAction become explicit
 * names); Deny statements are kept whole. Nothing can be granted that the original did not grant.
 */
export function narrowPolicy(policies: readonly ParsedPolicy[], used: ReadonlySet<string>): PolicyJson {
  const allows: PolicyStatementJson[] = [];
  const denies: PolicyStatementJson[] = [];
  for (const policy of policies) {
    for (const s of policy.statements) {
      const scope: Omit<PolicyStatementJson, "Effect"> = {};
      if (s.resources) scope.Resource = s.resources;
      if (s.notResources) scope.NotResource = s.notResources;
      if (s.conditions.length > 0) {
        const condition: Record<string, Record<string, string[]>> = {};
        for (const c of s.conditions) condition[c.operator] = { ...condition[c.operator], [c.key]: c.values };
        scope.Condition = condition;
      }
      if (s.effect === "Deny") {
        denies.push({ Effect: "Deny", ...(s.actions ? { Action: s.actions } : { NotAction: s.notActions ?? [] }), ...scope });
        continue;
      }
      const granted = s.actions ? s.actions.flatMap((p) => expandActionPattern(p)) : actionsOutside(s.notActions ?? []);
      const kept = [...new Set(granted.filter((a) => used.has(a.key)).map((a) => a.action))].sort();
      if (kept.length > 0) allows.push({ Effect: "Allow", Action: kept, ...scope });
    }
  }
  // Statements with the same scope merge, so the suggestion stays readable.
  const merged = new Map<string, PolicyStatementJson>();
  for (const a of allows) {
    const key = JSON.stringify({ r: a.Resource, n: a.NotResource, c: a.Condition });
    const prior = merged.get(key);
    if (prior) prior.Action = [...new Set([...(prior.Action as string[]), ...(a.Action as string[])])].sort();
    else merged.set(key, { ...a });
  }
  const statements = [...merged.values(), ...denies].map((s, i) => ({ Sid: `${s.Effect === "Allow" ? "Used" : "Deny"}${i + 1}`, ...s }));
  return { Version: "2012-10-17", Statement: statements };
}

/** Catalogue actions none of the NotAction patterns names (the patterns are expanded once, not matched per action). */
function actionsOutside(patterns: readonly string[]): CatalogueAction[] {
  const named = new Set<number>();
  for (const p of patterns) for (const i of expandActionPositions(p)) named.add(i);
  return allCatalogueActions().filter((_, i) => !named.has(i));
}
