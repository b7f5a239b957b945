import type { StatementRef } from "@/lib/iam/evaluate/evaluate-request";
import type { PolicySource } from "@/lib/policy/parsed-policy";
import type { PolicyDocument } from "./principal-detail";

export const sameSource = (a: PolicySource, b: PolicySource) =>
  a.kind === b.kind && a.arn === b.arn && a.name === b.name && a.viaGroup === b.viaGroup;

/** The statements of a policy document as written (a lone statement object counts as a list of one). */
export function statementsOf(document: unknown): unknown[] {
  const statement = (document as { Statement?: unknown } | null)?.Statement;
  if (statement === undefined || statement === null) return [];
  return Array.isArray(statement) ? statement : [statement];
}

/** The statement a reference points at, inside the principal's stored policy documents; null when not stored. */
export function findGrantingStatement(policies: readonly PolicyDocument[], ref: StatementRef): unknown {
  const policy = policies.find((candidate) => sameSource(candidate.source, ref.source));
  return policy ? (statementsOf(policy.document)[ref.statementIndex] ?? null) : null;
}
