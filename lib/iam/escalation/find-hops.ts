import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import type { Decision } from "@/lib/iam/evaluate/evaluate-request";
import { describeUndecided } from "@/lib/iam/evaluate/evaluate-request";
import { evaluatePrincipalRequest, resourcePolicyFor } from "@/lib/iam/evaluate/evaluate-principal-request";
import type { EscalationIndexes } from "@/lib/iam/escalation/escalation-indexes";
import type { EscalationHop } from "@/lib/iam/escalation/escalation-path";
import { ADMIN } from "@/lib/iam/escalation/escalation-path";
import type { Technique, TechniquePermission } from "@/lib/iam/escalation/technique";
import type { IamFunction, IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import { uniqueRefs } from "@/lib/iam/risks/iam-risk";
import { matchGlob as globMatch } from "@/lib/policy/glob";
import { mayAllowAction } from "@/lib/iam/evaluate/may-allow-action";
import { findRolesTrustingDirectly } from "@/lib/iam/escalation/find-roles-trusting-directly";
import { viewFrontier } from "@/lib/iam/escalation/view-frontier";

export interface HopSearch {
  model: IamModel;
  indexes: EscalationIndexes;
  options: RequestOptions;
  /** Principals already known to reach admin in fewer hops (targets of this round). */
  frontier: ReadonlySet<string>;
  /** First round: techniques that lead straight to admin are tried. */
  direct: boolean;
  /** Does this principal's policy set, given as a virtual member, make a user admin? (AddUserToGroup) */
  groupEmpowers: (actor: IamPrincipal, groupName: string) => boolean;
}

interface Target {
  to: string;
  via: string | null;
  resources: Partial<Record<TechniquePermission["on"], string>>;
  context?: Record<string, string[] | null>;
  assumptions: string[];
}

const MAX_HOPS_PER_TECHNIQUE = 3;

/** Evaluations memoised per actor: the same (action, resource, context) is asked by many techniques. */
export function createEvaluator(model: IamModel, options: RequestOptions) {
  const memo = new Map<IamPrincipal, Map<string, Decision>>();
  return (actor: IamPrincipal, action: string, resource: string, context?: Record<string, string[] | null>): Decision => {
    let own = memo.get(actor);
    if (!own) {
      own = new Map();
      memo.set(actor, own);
    }
    const key = `${action}|${resource}|${context ? JSON.stringify(context) : ""}`;
    let d = own.get(key);
    if (!d) {
      d = evaluatePrincipalRequest(model, actor, action, resource, { ...options, context: { ...options.context, ...context } });
      own.set(key, d);
    }
    return d;
  };
}

export type Evaluator = ReturnType<typeof createEvaluator>;

function newResource(action: string, account: string): string {
  const service = action.split(":")[0] ?? "*";
  return service === "s3" ? "arn:aws:s3:::*" : `arn:aws:${service}:*:${account}:*`;
}

/** The hops one technique offers an actor in this round, each decided by evaluating every permission on its target. */
export function findHops(search: HopSearch, evaluate: Evaluator, actor: IamPrincipal, technique: Technique): EscalationHop[] {
  if (technique.actor !== "any" && technique.actor !== actor.kind) return [];
  const hops: EscalationHop[] = [];
  for (const target of targetsOf(search, actor, technique)) {
    const decisions: Decision[] = [];
    let ok = true;
    for (const p of technique.permissions) {
      const resource = target.resources[p.on] ?? newResource(p.action, actor.accountId);
      const d = evaluate(actor, p.action, resource, p.action === "iam:PassRole" ? target.context : undefined);
      if (d.decision === "denied") {
        ok = false;
        break;
      }
      decisions.push(d);
    }
    if (!ok) continue;
    const entry = entryDecision(search, evaluate, actor, technique, target);
    if (entry === null) continue;
    if (entry) decisions.push(entry);
    hops.push({
      from: actor.arn,
      to: target.to,
      technique: technique.id,
      techniqueName: technique.name,
      via: target.via,
      conditional: decisions.some((d) => d.decision === "conditional"),
      undecided: describeUndecided(decisions.flatMap((d) => d.undecided)),
      assumptions: target.assumptions,
      statements: uniqueRefs(decisions.flatMap((d) => d.allowedBy.filter((r) => r.effect === "Allow" && r.source.kind !== "boundary" && r.source.kind !== "scp"))),
    });
    if (hops.length >= MAX_HOPS_PER_TECHNIQUE) break;
  }
  return hops;
}

/** role-modify needs a way in after the change: assume the role as it is, or rewrite its trust policy. */
function entryDecision(search: HopSearch, evaluate: Evaluator, actor: IamPrincipal, technique: Technique, target: Target): Decision | undefined | null {
  if (technique.target !== "role-modify" || !target.via) return undefined;
  const d =
    technique.entry === "assume"
      ? evaluate(actor, "sts:AssumeRole", target.via)
      : evaluate(actor, "iam:UpdateAssumeRolePolicy", target.via);
  return d.decision === "denied" ? null : d;
}

function* targetsOf(search: HopSearch, actor: IamPrincipal, technique: Technique): Generator<Target> {
  const { model, indexes, frontier, direct } = search;
  const sameAccount = (p: IamPrincipal) => p.accountId === actor.accountId && p.arn !== actor.arn;
  switch (technique.target) {
    case "self":
      if (direct) yield { to: ADMIN, via: actor.arn, resources: { target: actor.arn }, assumptions: [] };
      return;
    case "self-policy":
      if (!direct) return;
      for (const arn of new Set(actor.policies.map((p) => (p.source.kind === "managed" ? p.source.arn : null)))) {
        const managed = arn ? model.managedPolicies.get(arn) : undefined;
        if (!managed || managed.awsManaged) continue;
        if (technique.id === "vigil-iam-set-default-policy-version" && !managed.otherVersions.some(grantsBroadly)) continue;
        yield { to: ADMIN, via: managed.arn, resources: { policy: managed.arn }, assumptions: [] };
      }
      return;
    case "own-group":
      if (!direct) return;
      for (const name of actor.groups) {
        const group = model.groups.get(name);
        if (group) yield { to: ADMIN, via: group.arn, resources: { target: group.arn }, assumptions: [] };
      }
      return;
    case "any-group":
      if (!direct) return;
      for (const group of model.groups.values()) {
        if (actor.groups.includes(group.name) || !group.arn.includes(`::${actor.accountId}:`)) continue;
        if (search.groupEmpowers(actor, group.name)) yield { to: ADMIN, via: group.arn, resources: { target: group.arn }, assumptions: [] };
      }
      return;
    case "user":
      // Walk the frontier (the few principals known to reach admin), never every user of the account.
      for (const arn of frontier) {
        const user = model.byArn.get(arn);
        if (!user || user.kind !== "user" || !sameAccount(user)) continue;
        const assumption = userAssumption(user, technique);
        if (assumption === false) continue;
        yield { to: user.arn, via: user.arn, resources: { target: user.arn }, assumptions: assumption ? [assumption] : [] };
      }
      return;
    case "role": {
      const assume = technique.entry === "assume";
      for (const arn of roleCandidates(search, actor, assume)) {
        const role = model.byArn.get(arn);
        if (!role || role.kind !== "role" || role.arn === actor.arn) continue;
        if (assume ? !trustNames(search, role, actor) : role.serviceLinked || role.accountId !== actor.accountId) continue;
        yield { to: role.arn, via: role.arn, resources: { target: role.arn }, assumptions: [] };
      }
      return;
    }
    case "role-modify":
      if (!direct) return;
      for (const role of roleModifyCandidates(indexes, actor, technique)) {
        if (role.serviceLinked || role.arn === actor.arn) continue;
        if (technique.permissions.some((p) => p.on === "policy")) {
          for (const p of role.policies) {
            const managed = p.source.kind === "managed" && p.source.arn ? model.managedPolicies.get(p.source.arn) : undefined;
            if (managed && !managed.awsManaged) yield { to: ADMIN, via: role.arn, resources: { policy: managed.arn, target: role.arn }, assumptions: [] };
          }
        } else yield { to: ADMIN, via: role.arn, resources: { target: role.arn }, assumptions: [] };
      }
      return;
    case "pass-role":
    case "existing-resource":
      yield* computeTargets(search, actor, technique);
      return;
  }
}

function* computeTargets(search: HopSearch, actor: IamPrincipal, technique: Technique): Generator<Target> {
  const { model, indexes, frontier } = search;
  const view = viewFrontier(model, indexes, frontier);
  if (technique.permissions.some((p) => p.on === "function") && model.lambdaCollected) {
    // A function permission no identity policy names can only come from the function's own resource policy, so
    // only functions whose policy allows it are tried (walking every frontier function for every actor was the
    // largest cost of checks over 100k resources).
    const viaFunctionPolicy = technique.permissions.filter((p) => p.on === "function" && !mayAllowAction(actor.policies, p.action));
    const [first, ...rest] = viaFunctionPolicy;
    const candidates: IamFunction[] = first
      ? view.functionsAllowing(first.action).filter((fn) => rest.every((p) => view.functionsAllowing(p.action).includes(fn)))
      : view.functions;
    for (const fn of candidates) {
      if (fn.roleArn && fn.arn.includes(`:${actor.accountId}:`)) {
        yield { to: fn.roleArn, via: fn.arn, resources: { function: fn.arn }, assumptions: [] };
      }
    }
    return;
  }
  const existing = `arn:aws:${technique.permissions.find((p) => p.on !== "target")?.action.split(":")[0] ?? "*"}:*:${actor.accountId}:*`;
  const resources = { existing, function: `arn:aws:lambda:*:${actor.accountId}:function:*` };
  if (technique.permissions.some((p) => deniedOnEveryRole(model, actor, p, resources))) return;
  const seen = new Set<string>();
  for (const service of technique.services ?? []) {
    for (const role of view.rolesByService(service)) {
      if (seen.has(role.arn) || role.accountId !== actor.accountId || role.arn === actor.arn) continue;
      if (technique.needsInstanceProfile && role.instanceProfiles.length === 0) continue;
      seen.add(role.arn);
      const assumptions =
        technique.target === "existing-resource"
          ? [`an existing ${service.split(".")[0]} resource running as ${role.name} is assumed (such resources are not collected)`]
          : [];
      yield {
        to: role.arn,
        via: role.arn,
        resources: { target: role.arn, ...resources },
        context: { "iam:passedtoservice": [service] },
        assumptions,
      };
    }
  }
}

/**
 * A permission no identity policy allows can only come from a resource policy. On the targets computeTargets
 * yields, only a role's trust policy (for sts:AssumeRole*) could take part; the other resources are patterns or
 * names the actor chooses, which no resource policy covers. Such a permission is denied on every target, so the
 * technique is skipped before walking the frontier.
 */
function deniedOnEveryRole(model: IamModel, actor: IamPrincipal, p: TechniquePermission, resources: { existing: string; function: string }): boolean {
  if (mayAllowAction(actor.policies, p.action)) return false;
  if (p.on === "target") return !p.action.toLowerCase().startsWith("sts:assumerole");
  const resource = p.on === "existing" || p.on === "function" ? resources[p.on] : newResource(p.action, actor.accountId);
  return !resourcePolicyFor(model, p.action, resource)?.policy;
}

/**
 * Frontier ARNs worth trying as roles to take over, in frontier order. To assume a role whose trust policy names
 * only the account, an identity policy must allow sts:AssumeRole; without one, only roles trusting the actor
 * itself can admit it, so the walk over the whole frontier is skipped.
 */
function roleCandidates(search: HopSearch, actor: IamPrincipal, assume: boolean): Iterable<string> {
  if (!assume || mayAllowAction(actor.policies, "sts:AssumeRole")) return search.frontier;
  const { rank } = viewFrontier(search.model, search.indexes, search.frontier);
  return findRolesTrustingDirectly(search.indexes, actor)
    .filter((r) => rank.has(r.arn))
    .sort((a, b) => (rank.get(a.arn) ?? 0) - (rank.get(b.arn) ?? 0))
    .map((r) => r.arn);
}

/**
 * Roles of the actor's account a role-modify technique may change and then enter, in model order. Entering needs
 * sts:AssumeRole (see roleCandidates) or iam:UpdateAssumeRolePolicy from an identity policy; roles the entry
 * cannot reach are left out before their permissions are evaluated.
 */
function roleModifyCandidates(indexes: EscalationIndexes, actor: IamPrincipal, technique: Technique): IamPrincipal[] {
  const all = indexes.rolesByAccount.get(actor.accountId) ?? [];
  if (technique.entry === "update-trust") return mayAllowAction(actor.policies, "iam:UpdateAssumeRolePolicy") ? all : [];
  if (technique.entry !== "assume" || mayAllowAction(actor.policies, "sts:AssumeRole")) return all;
  return findRolesTrustingDirectly(indexes, actor).filter((r) => r.accountId === actor.accountId);
}

/** Does the role's trust policy name the actor, its account, or anyone (the policy itself is evaluated later)? */
function trustNames(search: HopSearch, role: IamPrincipal, actor: IamPrincipal): boolean {
  const keys = search.indexes.trustKeysByRole.get(role.arn);
  if (!keys) return false;
  if (keys.has(actor.arn) || keys.has(actor.accountId) || keys.has("*")) return true;
  for (const key of keys) if (key.includes("*") && globMatch(key, actor.arn)) return true;
  return false;
}

function userAssumption(user: IamPrincipal, technique: Technique): string | false | null {
  switch (technique.userPrecondition) {
    case "fewer-than-two-keys":
      if (user.accessKeyCount === null) return `${user.name} is assumed to have fewer than two access keys (not collected)`;
      return user.accessKeyCount < 2 ? null : false;
    case "two-keys":
      if (user.accessKeyCount === null) return `${user.name} is assumed to have two access keys (not collected)`;
      return user.accessKeyCount >= 2 ? null : false;
    case "no-login-profile":
      if (user.hasLoginProfile === null) return `${user.name} is assumed to have no console password (not collected)`;
      return user.hasLoginProfile ? false : null;
    case "has-login-profile":
      if (user.hasLoginProfile === null) return `${user.name} is assumed to have a console password (not collected)`;
      return user.hasLoginProfile ? null : false;
    default:
      return null;
  }
}

/** A stored policy version that would make its holders powerful: every action, all of IAM, or NotAction. */
function grantsBroadly(policy: { statements: { effect: string; actions: string[] | null; notActions: string[] | null }[] }): boolean {
  return policy.statements.some((s) => s.effect === "Allow" && (s.notActions !== null || (s.actions ?? []).some((a) => a === "*" || a === "*:*" || a.toLowerCase() === "iam:*")));
}
