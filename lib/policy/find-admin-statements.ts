import { policyStatements } from "@/lib/policy/parse-policy";
import type { ParsedStatement } from "@/lib/policy/parsed-policy";

/**
 * Allow statements granting every action on every resource ("Action": "*" or "*:*", "Resource": "*"),
 * the CIS / FSBP definition of full administrative privileges. Conditions do not soften it: a condition
 * such as aws:MultiFactorAuthPresent still leaves an administrator.
 */
export function findAdminStatements(document: unknown): ParsedStatement[] {
  return policyStatements(document).filter(
    (s) =>
      s.effect === "Allow" &&
      (s.actions ?? []).some((a) => a === "*" || a === "*:*") &&
      (s.resources ?? []).some((r) => r === "*"),
  );
}
