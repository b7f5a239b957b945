/**
 * How much a principal (user, role or group) may do, as a count people can recount by hand: attached
 * managed policies plus the distinct actions its inline Allow statements name. Administrator access
 * (Action "*" on Resource "*") is reported separately because no count captures it.
 */
import { findAdminStatements } from "@/lib/policy/find-admin-statements";
import { policyStatements } from "@/lib/policy/parse-policy";

export interface PermissionBreadth {
  attachedPolicies: number;
  inlineActions: number;
  total: number;
  administrator: boolean;
}

const DETAIL_KEYS = ["User", "Role", "Group"] as const;
const INLINE_KEYS = ["UserPolicyList", "RolePolicyList", "GroupPolicyList"] as const;

export function measurePermissionBreadth(configuration: Record<string, unknown>): PermissionBreadth {
  const detail = DETAIL_KEYS.map((key) => configuration[key]).find((value) => typeof value === "object" && value !== null) as
    | Record<string, unknown>
    | undefined;
  const attached = Array.isArray(detail?.AttachedManagedPolicies) ? (detail.AttachedManagedPolicies as { PolicyArn?: string }[]) : [];
  const inline = INLINE_KEYS.flatMap((key) => (Array.isArray(detail?.[key]) ? (detail[key] as { PolicyDocument?: unknown }[]) : []));
  const actions = new Set<string>();
  let administrator = attached.some((policy) => policy.PolicyArn === "arn:aws:iam::aws:policy/AdministratorAccess");
  for (const policy of inline) {
    if (findAdminStatements(policy.PolicyDocument).length > 0) administrator = true;
    for (const statement of policyStatements(policy.PolicyDocument)) {
      if (statement.effect === "Allow") for (const action of statement.actions ?? []) actions.add(action.toLowerCase());
    }
  }
  return { attachedPolicies: attached.length, inlineActions: actions.size, total: attached.length + actions.size, administrator };
}
