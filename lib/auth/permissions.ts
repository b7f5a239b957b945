/**
 * Who may do what: the one table every page, route handler, server action and CLI command consults
 * (through `authorize`). Pure, so the whole matrix is unit-tested.
 */
import { VigilError } from "@/lib/errors/vigil-error";

export const ROLES = ["admin", "analyst", "engineer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "findings:read",
  "findings:triage", // status, assignment, comments, due dates
  "findings:suppress", // suppression and risk acceptance, with reason and expiry
  "findings:export",
  "resources:read",
  "principals:read",
  "compliance:read",
  "scans:read",
  "scans:run",
  "accounts:read",
  "accounts:manage",
  "users:manage",
  "settings:manage",
  "audit:read",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Actor {
  userId: string;
  role: Role;
  /** Cloud accounts this user may see; null means all. */
  accountScope: readonly string[] | null;
  /** How the audit trail names this actor (an e-mail, or "cli:<os user>"). */
  label?: string;
}

/** What an action is done to, when it matters for the decision. */
export interface Target {
  accountId?: string;
  /** For findings: who the finding is assigned to. */
  assigneeId?: string | null;
}

const READ: readonly Action[] = [
  "findings:read", "findings:export", "resources:read", "principals:read", "compliance:read", "scans:read", "accounts:read",
];

const GRANTS: Record<Role, readonly Action[]> = {
  admin: ACTIONS,
  analyst: [...READ, "findings:triage", "findings:suppress", "scans:run"],
  engineer: [...READ, "findings:triage"],
  viewer: READ,
};

export function can(actor: Actor, action: Action, target: Target = {}): boolean {
  if (!GRANTS[actor.role].includes(action)) return false;
  if (target.accountId !== undefined && actor.accountScope && !actor.accountScope.includes(target.accountId)) return false;
  // Engineers see everything but change only the findings assigned to them.
  if (actor.role === "engineer" && action === "findings:triage") return target.assigneeId === actor.userId;
  return true;
}

/** Throws VigilError("forbidden") when the actor may not do the action. */
export function authorize(actor: Actor, action: Action, target: Target = {}): void {
  if (!can(actor, action, target)) {
    throw new VigilError("forbidden", `Your role (${actor.role}) does not allow ${action}${target.accountId ? ` on account ${target.accountId}` : ""}.`);
  }
}
