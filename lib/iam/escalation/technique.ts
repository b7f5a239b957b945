/**
 * A privilege-escalation technique in Vigil's own declarative form. The graph search reads `target` to know
 * which existing things a hop can aim at, and evaluates every permission against that actual target.
 *
 * Target kinds:
 * - self: the actor's own user or role (PutUserPolicy on itself); leads to admin
 * - self-policy: a customer-managed policy attached to the actor (CreatePolicyVersion); leads to admin
 * - own-group: a group the actor (a user) belongs to; leads to admin
 * - any-group: a group whose permissions the actor gains by joining it; leads to admin when that makes it one
 * - user: another user whose credentials the actor takes over; leads to that user
 * - role: a role the actor can assume or re-trust; leads to that role
 * - role-modify: a role the actor can both change and assume; leads to admin
 * - pass-role: a role trusting `services`, passed to a new compute resource; leads to that role
 * - existing-resource: an existing resource of `services` running as a role; leads to that role
 */
export type TargetKind = "self" | "self-policy" | "own-group" | "any-group" | "user" | "role" | "role-modify" | "pass-role" | "existing-resource";

export interface TechniquePermission {
  action: string;
  /**
   * What the action is evaluated on: "target" (the target's ARN), "policy" (the target policy's ARN),
   * "new" (a resource the actor creates and names: arn:aws:<service>:*:<account>:*), "function"
   * (an existing Lambda function), or "existing" (an existing resource of the service, when not collected).
   */
  on: "target" | "policy" | "new" | "function" | "existing";
}

export interface Technique {
  /** pathfinding.cloud id where the technique is catalogued there, "vigil-..." otherwise. */
  id: string;
  name: string;
  category: "self-escalation" | "principal-access" | "new-passrole" | "existing-passrole";
  actor: "user" | "role" | "any";
  target: TargetKind;
  permissions: TechniquePermission[];
  /** Service principals the target role must trust (pass-role, existing-resource). */
  services?: string[];
  /** The target role must have an instance profile (anything that runs on EC2). */
  needsInstanceProfile?: boolean;
  /** For user targets: what the target's credentials must look like. */
  userPrecondition?: "fewer-than-two-keys" | "two-keys" | "no-login-profile" | "has-login-profile";
  /** For role-modify: how the actor gets in after changing the role. */
  entry?: "assume" | "update-trust";
  /** iam-vulnerable technique names this technique covers. */
  iamVulnerable?: string[];
}
