import { matchStatement } from "@/lib/iam/evaluate/match-statement";
import type { Request } from "@/lib/iam/evaluate/request";
import type { Truth } from "@/lib/iam/evaluate/truth";
import { and, not, or } from "@/lib/iam/evaluate/truth";
import type { ParsedPolicy, ParsedStatement, PolicySource } from "@/lib/policy/parsed-policy";

/** A statement that decided (or could decide) a request. */
export interface StatementRef {
  source: PolicySource;
  statementIndex: number;
  sid: string | null;
  effect: "Allow" | "Deny";
}

export interface UndecidedCondition {
  source: PolicySource;
  statementIndex: number;
  effect: "Allow" | "Deny";
  operator: string;
  key: string;
  values: string[];
}

export interface Decision {
  decision: "allowed" | "denied" | "conditional";
  /** Why: the layer that refused, or "allowed". */
  reason: "allowed" | "explicit-deny" | "implicit-deny" | "permissions-boundary" | "scp" | "resource-policy" | "conditional";
  /** Allow statements that grant the request (or would, once their conditions hold). */
  allowedBy: StatementRef[];
  /** Deny statements that apply (or may, once their conditions hold). */
  deniedBy: StatementRef[];
  undecided: UndecidedCondition[];
}

export interface PolicySet {
  /** Identity policies: inline, managed, and those of the principal's groups. */
  identity: readonly ParsedPolicy[];
  boundary?: ParsedPolicy | null;
  /** Service control policies, one list per level of the organisation (root, OU, account): every level must allow. */
  scps?: readonly (readonly ParsedPolicy[])[];
  resource?: ParsedPolicy | null;
  /**
   * "required" for KMS key policies and role trust policies: the resource policy must allow, either naming the
   * caller or naming its account (then an identity policy must allow as well). Default: an Allow naming the caller
   * grants on its own, an Allow naming the account defers to identity policies.
   */
  resourceMode?: "optional" | "required";
}

interface LayerResult {
  allow: Truth;
  deny: Truth;
  allowDirect: Truth;
  allowed: StatementRef[];
  denied: StatementRef[];
  undecided: UndecidedCondition[];
}

const merged = new WeakMap<ParsedPolicy, Map<string, ParsedStatement[]>>();

/**
 * The statements of a policy that can name an action of the action's service, in statement order (memoised per
 * policy and service). A statement naming both the service and a wildcard service is listed twice, as before.
 */
export function statementsFor(policy: ParsedPolicy, action: string): ParsedStatement[] {
  const service = (action.split(":")[0] ?? "").toLowerCase();
  const own = policy.byService.get(service);
  const wild = policy.byService.get("*");
  if (!wild) return own ?? [];
  if (!own) return wild;
  let byService = merged.get(policy);
  if (!byService) {
    byService = new Map();
    merged.set(policy, byService);
  }
  let list = byService.get(service);
  if (!list) {
    list = [...own, ...wild].sort((a, b) => a.index - b.index);
    byService.set(service, list);
  }
  return list;
}

function evaluateLayer(policies: readonly ParsedPolicy[], request: Request, checkPrincipal: boolean): LayerResult {
  const out: LayerResult = { allow: false, deny: false, allowDirect: false, allowed: [], denied: [], undecided: [] };
  for (const policy of policies) {
    for (const statement of statementsFor(policy, request.action)) {
      const m = matchStatement(statement, request, checkPrincipal);
      if (m.truth === false) continue;
      const ref: StatementRef = { source: policy.source, statementIndex: statement.index, sid: statement.sid, effect: statement.effect };
      for (const c of m.undecided) {
        out.undecided.push({ source: policy.source, statementIndex: statement.index, effect: statement.effect, operator: c.operator, key: c.key, values: c.values });
      }
      if (statement.effect === "Deny") {
        out.deny = or(out.deny, m.truth);
        out.denied.push(ref);
      } else {
        out.allow = or(out.allow, m.truth);
        if (m.principalMatch !== "account") out.allowDirect = or(out.allowDirect, m.truth);
        out.allowed.push(ref);
      }
    }
  }
  return out;
}

/**
 * Decides one request the way IAM does within an account: an explicit Deny anywhere wins; otherwise every SCP
 * level, the permissions boundary (when set) and an identity or resource policy must allow. Undecidable
 * conditions make the answer "conditional" and are listed, never assumed to hold or fail.
 */
export function evaluateRequest(policies: PolicySet, request: Request): Decision {
  const identity = evaluateLayer(policies.identity, request, false);
  const boundary = policies.boundary ? evaluateLayer([policies.boundary], request, false) : null;
  const scpLevels = (policies.scps ?? []).map((level) => evaluateLayer(level, request, false));
  const resource = policies.resource ? evaluateLayer([policies.resource], request, true) : null;

  const resourceAccount = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(request.resource)?.[1] ?? null;
  const crossAccount = resourceAccount !== null && request.principal.accountId !== null && resourceAccount !== request.principal.accountId;
  let grant: Truth;
  if (!resource) grant = policies.resourceMode === "required" ? false : identity.allow;
  else if (policies.resourceMode === "required" || crossAccount) {
    grant = or(resource.allowDirect, and(resource.allow, identity.allow));
    if (crossAccount) grant = and(resource.allow, identity.allow);
  } else grant = or(identity.allow, resource.allowDirect);

  const boundaryAllow: Truth = boundary ? boundary.allow : true;
  const scpAllow = scpLevels.reduce<Truth>((acc, l) => and(acc, l.allow), true);
  let deny: Truth = or(identity.deny, resource?.deny ?? false);
  if (boundary) deny = or(deny, boundary.deny);
  for (const l of scpLevels) deny = or(deny, l.deny);

  const result = and(and(and(grant, boundaryAllow), scpAllow), not(deny));
  const layers = [identity, ...(boundary ? [boundary] : []), ...scpLevels, ...(resource ? [resource] : [])];
  const allowedBy = layers.flatMap((l) => l.allowed);
  const deniedBy = layers.flatMap((l) => l.denied);
  const undecided = result === "unknown" ? layers.flatMap((l) => l.undecided) : [];
  if (result === true) return { decision: "allowed", reason: "allowed", allowedBy, deniedBy: [], undecided };
  if (result === "unknown") return { decision: "conditional", reason: "conditional", allowedBy, deniedBy, undecided };
  let reason: Decision["reason"] = "implicit-deny";
  if (deny === true) reason = "explicit-deny";
  else if (scpAllow === false) reason = "scp";
  else if (boundaryAllow === false) reason = "permissions-boundary";
  else if (resource && policies.resourceMode === "required" && resource.allow === false) reason = "resource-policy";
  return { decision: "denied", reason, allowedBy: [], deniedBy: deny === true ? deniedBy : [], undecided: [] };
}

/** The conditions of an undecided list, as short text: "aws:SourceIp IpAddress 10.0.0.0/8". */
export function describeUndecided(undecided: readonly UndecidedCondition[]): string[] {
  return [...new Set(undecided.map((u) => `${u.key} ${u.operator} ${u.values.join(",")}`))];
}

