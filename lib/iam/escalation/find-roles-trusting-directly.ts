import type { EscalationIndexes } from "@/lib/iam/escalation/escalation-indexes";
import type { IamPrincipal } from "@/lib/iam/model/iam-model";
import { matchGlob } from "@/lib/policy/glob";

const memo = new WeakMap<EscalationIndexes, Map<string, IamPrincipal[]>>();

/**
 * Roles whose trust policy may name the actor itself (its ARN, "*", or an ARN pattern it matches), in model order.
 * A trust policy naming only the actor's account admits it only when an identity policy also allows
 * sts:AssumeRole, so an actor without such an Allow can only assume these roles.
 */
export function findRolesTrustingDirectly(indexes: EscalationIndexes, actor: IamPrincipal): IamPrincipal[] {
  let own = memo.get(indexes);
  if (!own) {
    own = new Map();
    memo.set(indexes, own);
  }
  let roles = own.get(actor.arn);
  if (!roles) {
    const found = new Set([...(indexes.rolesByTrusted.get(actor.arn) ?? []), ...(indexes.rolesByTrusted.get("*") ?? [])]);
    for (const role of indexes.rolesTrustingPatterns) {
      const keys = indexes.trustKeysByRole.get(role.arn) ?? [];
      for (const key of keys) if ((key.includes("*") || key.includes("?")) && matchGlob(key, actor.arn)) found.add(role);
    }
    roles = [...found].sort((a, b) => (indexes.position.get(a.arn) ?? 0) - (indexes.position.get(b.arn) ?? 0));
    own.set(actor.arn, roles);
  }
  return roles;
}
