import { evaluateCondition, resolveVariables } from "@/lib/iam/evaluate/evaluate-condition";
import type { Request, RequestPrincipal } from "@/lib/iam/evaluate/request";
import type { Truth } from "@/lib/iam/evaluate/truth";
import { and } from "@/lib/iam/evaluate/truth";
import { globCovers, globsIntersect, hasWildcard, matchGlob } from "@/lib/policy/glob";
import type { ParsedCondition, ParsedStatement } from "@/lib/policy/parsed-policy";
import type { Principal } from "@/lib/policy/parse-principal";

export interface StatementMatch {
  truth: Truth;
  /** The conditions left undecided when truth is "unknown". */
  undecided: ParsedCondition[];
  /** How a resource policy named the caller: by its own ARN ("direct") or through its account. */
  principalMatch: "direct" | "account" | null;
}

const actionMemo = new WeakMap<ParsedStatement, Map<string, boolean>>();
const patternIndex = new WeakMap<ParsedStatement, Map<string, string[]>>();

/** A statement's action patterns grouped by service prefix ("*" for patterns whose service part is a wildcard). */
function patternsFor(statement: ParsedStatement, service: string): string[] {
  let index = patternIndex.get(statement);
  if (!index) {
    index = new Map();
    for (const p of statement.actions ?? statement.notActions ?? []) {
      const prefix = p === "*" ? "*" : (p.split(":")[0] ?? "").toLowerCase();
      const key = /[*?]/.test(prefix) ? "*" : prefix;
      index.set(key, [...(index.get(key) ?? []), p]);
    }
    patternIndex.set(statement, index);
  }
  const own = index.get(service) ?? [];
  const wild = index.get("*");
  return wild ? [...own, ...wild] : own;
}

/** Whether a statement's Action / NotAction covers one action (memoised per statement). */
export function statementCoversAction(statement: ParsedStatement, action: string): boolean {
  let memo = actionMemo.get(statement);
  if (!memo) {
    memo = new Map();
    actionMemo.set(statement, memo);
  }
  const cached = memo.get(action);
  if (cached !== undefined) return cached;
  const patterns = patternsFor(statement, (action.split(":")[0] ?? "").toLowerCase());
  const named = patterns.some((p) => matchGlob(p, action, false));
  const covered = statement.actions ? named : !named;
  memo.set(action, covered);
  return covered;
}

/** Whether a statement applies to a request, in three values, with the conditions it could not decide. */
export function matchStatement(statement: ParsedStatement, request: Request, checkPrincipal: boolean): StatementMatch {
  const none: StatementMatch = { truth: false, undecided: [], principalMatch: null };
  if (!statementCoversAction(statement, request.action)) return none;
  let principalMatch: StatementMatch["principalMatch"] = null;
  if (checkPrincipal) {
    principalMatch = matchPrincipals(statement, request.principal);
    if (!principalMatch) return none;
  }
  let truth = resourceTruth(statement, request);
  if (truth === false) return none;
  const undecided: ParsedCondition[] = [];
  for (const condition of statement.conditions) {
    const result = evaluateCondition(condition, request.context);
    if (result === false) return none;
    if (result === "unknown") undecided.push(condition);
    truth = and(truth, result);
  }
  return { truth, undecided, principalMatch };
}

function resourceTruth(statement: ParsedStatement, request: Request): Truth {
  const patterns = statement.resources ?? statement.notResources ?? ["*"];
  const chosen = hasWildcard(request.resource);
  const isDeny = statement.effect === "Deny";
  let anyUnknown = false;
  let hit = false;
  for (const raw of patterns) {
    const pattern = resolveVariables(raw, request.context);
    if (pattern === null) {
      anyUnknown = true;
      continue;
    }
    // For a resource the caller names, an Allow needs some common name; a Deny must cover every name.
    // NotResource flips which of the two questions decides.
    const coverDecides = isDeny || request.scope === "every";
    const wantsCover = statement.notResources ? !coverDecides : coverDecides;
    const m = !chosen
      ? matchGlob(pattern, request.resource, true)
      : wantsCover
        ? globCovers(pattern, request.resource)
        : globsIntersect(pattern, request.resource);
    if (m) {
      hit = true;
      break;
    }
  }
  if (statement.notResources) {
    if (hit) return false;
    return anyUnknown ? "unknown" : true;
  }
  if (hit) return true;
  return anyUnknown ? "unknown" : false;
}

function matchPrincipals(statement: ParsedStatement, caller: RequestPrincipal): "direct" | "account" | null {
  if (statement.notPrincipals) {
    const excluded = statement.notPrincipals.some((p) => principalNames(p, caller) !== null);
    return excluded ? null : "account";
  }
  let best: "direct" | "account" | null = null;
  for (const p of statement.principals ?? []) {
    const m = principalNames(p, caller);
    if (m === "direct") return "direct";
    if (m) best = m;
  }
  return best;
}

/** Does one Principal entry name the caller, and how. */
export function principalNames(p: Principal, caller: RequestPrincipal): "direct" | "account" | null {
  switch (p.kind) {
    case "anyone":
      return "direct";
    case "account":
      return caller.accountId !== null && caller.accountId === p.accountId && (caller.kind === "user" || caller.kind === "role")
        ? "account"
        : null;
    case "aws-arn":
      if (caller.kind !== "user" && caller.kind !== "role") return null;
      if (p.value === caller.arn || matchGlob(p.value, caller.arn, true)) return "direct";
      return null;
    case "service":
      return caller.kind === "service" && caller.name === p.value ? "direct" : null;
    case "federated":
      return caller.kind === "federated" && caller.name === p.value ? "direct" : null;
    default:
      return null;
  }
}
