import type { NormalizedStatement } from "@/lib/policy/normalize-policy";
import { normalizePolicy } from "@/lib/policy/normalize-policy";

/**
 * Allow statements granting every action on every resource ("Action": "*" or "*:*", "Resource": "*"),
 * the CIS / FSBP definition of full administrative privileges. Conditions do not soften it: a condition
 * such as aws:MultiFactorAuthPresent still leaves an administrator.
 */
export function findAdminStatements(document: unknown): NormalizedStatement[] {
  return normalizePolicy(document).filter(
    (s) =>
      s.effect === "Allow" &&
      (s.actions ?? []).some((a) => a === "*" || a === "*:*") &&
      (s.resources ?? []).some((r) => r === "*"),
  );
}
