/** Who makes a request. */
export interface RequestPrincipal {
  arn: string;
  accountId: string | null;
  /** "user" with long-term keys, "role" as an assumed-role session, an AWS service, a federated identity, or anyone. */
  kind: "user" | "role" | "service" | "federated" | "anonymous";
  /** The service principal ("lambda.amazonaws.com") or identity provider ARN for service / federated callers. */
  name?: string;
}

/**
 * One request to evaluate. `resource` is an ARN; a wildcard in it means "a resource the caller may name
 * freely" (a function the attacker is about to create): an Allow then needs to reach some such name,
 * and a Deny decides only when it covers all of them.
 */
export interface Request {
  principal: RequestPrincipal;
  action: string;
  resource: string;
  /**
   * Condition context keyed by lower-case key: a list of values when present, null when the key is
   * known to be absent from the request. Keys not listed are unknown, and conditions on them stay undecided.
   */
  context: Record<string, string[] | null>;
  /**
   * With a wildcard resource: "some" (default) asks whether the caller can name one matching resource it is
   * allowed on; "every" asks whether it is allowed on all of them (an Allow must cover the whole pattern).
   */
  scope?: "some" | "every";
}
