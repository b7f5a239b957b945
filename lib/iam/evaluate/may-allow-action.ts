import { statementCoversAction } from "@/lib/iam/evaluate/match-statement";
import type { ParsedPolicy } from "@/lib/policy/parsed-policy";

const memo = new WeakMap<readonly ParsedPolicy[], Map<string, boolean>>();

/**
 * Whether any identity policy has an Allow statement naming the action, whatever its resource or conditions.
 * When false, no identity policy can grant the action, so a request without a resource policy that names the
 * caller is denied without evaluating it. Memoised per policy list (a principal's `policies` array).
 */
export function mayAllowAction(policies: readonly ParsedPolicy[], action: string): boolean {
  let own = memo.get(policies);
  if (!own) {
    own = new Map();
    memo.set(policies, own);
  }
  let v = own.get(action);
  if (v === undefined) {
    const service = (action.split(":")[0] ?? "").toLowerCase();
    v = policies.some((p) =>
      [p.byService.get(service), p.byService.get("*")].some((list) => list?.some((s) => s.effect === "Allow" && statementCoversAction(s, action))),
    );
    own.set(action, v);
  }
  return v;
}
