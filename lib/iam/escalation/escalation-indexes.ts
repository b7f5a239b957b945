import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";

export interface EscalationIndexes {
  /** Roles whose trust policy allows a service principal, by service. */
  rolesByService: Map<string, IamPrincipal[]>;
  /** Roles whose trust policy names a principal ARN, an account id, or "*". */
  rolesByTrusted: Map<string, IamPrincipal[]>;
  usersByAccount: Map<string, IamPrincipal[]>;
  rolesByAccount: Map<string, IamPrincipal[]>;
  /** The inverse of rolesByTrusted: per role ARN, the principal ARNs, accounts and "*" its trust policy names. */
  trustKeysByRole: Map<string, Set<string>>;
  /** Roles whose trust policy names "*" or an ARN pattern with a wildcard (they may name any caller directly). */
  rolesTrustingPatterns: IamPrincipal[];
  /** Each principal's position in the model, so filtered candidate lists keep the model's order. */
  position: Map<string, number>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** One pass over the model so hops look up candidate targets instead of scanning every principal pair. */
export function buildEscalationIndexes(model: IamModel): EscalationIndexes {
  const out: EscalationIndexes = { rolesByService: new Map(), rolesByTrusted: new Map(), usersByAccount: new Map(), rolesByAccount: new Map(), trustKeysByRole: new Map(), rolesTrustingPatterns: [], position: new Map() };
  model.principals.forEach((p, i) => out.position.set(p.arn, i));
  for (const p of model.principals) {
    push(p.kind === "user" ? out.usersByAccount : out.rolesByAccount, p.accountId, p);
    if (p.kind !== "role" || !p.trustPolicy) continue;
    for (const s of p.trustPolicy.statements) {
      if (s.effect !== "Allow") continue;
      if (s.notPrincipals) push(out.rolesByTrusted, "*", p);
      for (const principal of s.principals ?? []) {
        if (principal.kind === "service") push(out.rolesByService, principal.value, p);
        else if (principal.kind === "anyone") push(out.rolesByTrusted, "*", p);
        else if (principal.kind === "account") push(out.rolesByTrusted, principal.accountId, p);
        else if (principal.kind === "aws-arn") push(out.rolesByTrusted, principal.value, p);
      }
    }
  }
  for (const [key, roles] of out.rolesByTrusted) {
    for (const role of roles) {
      const keys = out.trustKeysByRole.get(role.arn) ?? new Set<string>();
      keys.add(key);
      out.trustKeysByRole.set(role.arn, keys);
    }
  }
  for (const role of model.principals) {
    const keys = out.trustKeysByRole.get(role.arn);
    if (keys && [...keys].some((k) => k.includes("*") || k.includes("?"))) out.rolesTrustingPatterns.push(role);
  }
  return out;
}
