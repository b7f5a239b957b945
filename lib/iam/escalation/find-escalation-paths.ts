import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import { buildEscalationIndexes } from "@/lib/iam/escalation/escalation-indexes";
import type { EscalationHop, EscalationPath } from "@/lib/iam/escalation/escalation-path";
import { ADMIN } from "@/lib/iam/escalation/escalation-path";
import type { HopSearch } from "@/lib/iam/escalation/find-hops";
import { createEvaluator, findHops } from "@/lib/iam/escalation/find-hops";
import type { Technique } from "@/lib/iam/escalation/technique";
import { TECHNIQUES } from "@/lib/iam/escalation/technique-catalogue";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import { isFullAdmin } from "@/lib/iam/risks/is-full-admin";
import { mayAllowAction } from "@/lib/iam/evaluate/may-allow-action";

export interface EscalationOptions extends RequestOptions {
  /** Longest path searched (hops). */
  maxDepth?: number;
  techniques?: readonly Technique[];
}

export interface EscalationResult {
  /** Principals that already are full administrators. */
  admins: Set<string>;
  /** Paths to admin per principal, shortest first (at most five, each followed to admin). */
  paths: Map<string, EscalationPath[]>;
  /**
   * Every first hop found per escalating principal (up to three per technique), certain ones first: what a
   * caller needs to tell which policies or groups take part, beyond the five paths shown.
   */
  firstHops: Map<string, EscalationHop[]>;
}

/**
 * Privilege-escalation paths to admin for every principal, searched backwards from the administrators one hop
 * per round: round 1 finds who becomes admin directly (self-escalation, or taking over an admin), round k who
 * takes over someone found in round k-1. Each round only tries targets found in the previous round, and
 * an actor is only tried on techniques whose actions it may hold at all, so the work grows with the principals
 * that can escalate, not with every pair of principals.
 */
export function findEscalationPaths(model: IamModel, options: EscalationOptions): EscalationResult {
  const maxDepth = options.maxDepth ?? 5;
  const techniques = options.techniques ?? TECHNIQUES;
  const evaluate = createEvaluator(model, options);
  const indexes = buildEscalationIndexes(model);
  const admins = new Set(model.principals.filter((p) => isFullAdmin(model, p, options).admin).map((p) => p.arn));
  const best = new Map<string, EscalationHop[]>();
  // No identity Allow naming the action means "denied" on "*" (no resource policy applies there): skip evaluating.
  const holds = (actor: IamPrincipal, action: string) => mayAllowAction(actor.policies, action) && evaluate(actor, action, "*").decision !== "denied";
  const usable = (actor: IamPrincipal, technique: Technique) =>
    technique.permissions.every((p) => holds(actor, p.action) || p.action === "sts:AssumeRole" || p.on === "function");

  const groupCache = new Map<string, boolean>();
  const search: HopSearch = {
    model,
    indexes,
    options,
    frontier: admins,
    direct: true,
    groupEmpowers: (actor, groupName) => {
      const key = `${actor.arn}|${groupName}`;
      let v = groupCache.get(key);
      if (v === undefined) {
        const group = model.groups.get(groupName);
        const member: IamPrincipal = { ...actor, policies: [...actor.policies, ...(group?.policies ?? [])], groups: [...actor.groups, groupName] };
        v = isFullAdmin(model, member, options).admin || directTechniques.some((t) => t.target !== "any-group" && findHops({ ...search, direct: true }, createEvaluator(model, options), member, t).length > 0);
        groupCache.set(key, v);
      }
      return v;
    },
  };
  const directTechniques = techniques.filter((t) => ["self", "self-policy", "own-group", "role-modify"].includes(t.target));

  let frontier: Set<string> = admins;
  // Round 1 runs even in an account without administrators: self-escalation leads to admin, not to a principal.
  for (let depth = 1; depth <= maxDepth && (depth === 1 || frontier.size > 0); depth++) {
    const round: HopSearch = { ...search, frontier, direct: depth === 1 };
    const next = new Set<string>();
    for (const actor of model.principals) {
      if (admins.has(actor.arn) || best.has(actor.arn) || actor.serviceLinked) continue;
      const hops: EscalationHop[] = [];
      for (const technique of techniques) {
        if (!round.direct && ["self", "self-policy", "own-group", "any-group", "role-modify"].includes(technique.target)) continue;
        if (!usable(actor, technique)) continue;
        hops.push(...findHops(round, evaluate, actor, technique));
      }
      if (hops.length > 0) {
        // Certain hops first, so the path shown is the one that needs the fewest assumptions.
        hops.sort((a, b) => Number(a.conditional) - Number(b.conditional) || a.assumptions.length - b.assumptions.length);
        best.set(actor.arn, hops);
        next.add(actor.arn);
      }
    }
    frontier = next;
  }

  const paths = new Map<string, EscalationPath[]>();
  for (const [arn, hops] of best) {
    paths.set(
      arn,
      hops.slice(0, 5).map((first) => {
        const chain = [first];
        const visited = new Set([arn]);
        let at = first.to;
        while (at !== ADMIN && !admins.has(at) && !visited.has(at)) {
          visited.add(at);
          const step = best.get(at)?.[0];
          if (!step) break;
          chain.push(step);
          at = step.to;
        }
        return { hops: chain, conditional: chain.some((h) => h.conditional) };
      }),
    );
  }
  return { admins, paths, firstHops: best };
}
