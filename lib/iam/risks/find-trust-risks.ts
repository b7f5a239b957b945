import type { IamPrincipal } from "@/lib/iam/model/iam-model";
import type { IamRisk } from "@/lib/iam/risks/iam-risk";
import { matchGlob } from "@/lib/policy/glob";
import type { ParsedStatement } from "@/lib/policy/parsed-policy";
import { findRestrictions } from "@/lib/policy/find-restrictions";

const POSITIVE = new Set(["stringequals", "stringlike", "stringequalsignorecase", "arnequals", "arnlike"]);

function assumes(s: ParsedStatement): boolean {
  return (s.actions ?? []).some((a) => matchGlob(a, "sts:AssumeRole", false) || matchGlob(a, "sts:AssumeRoleWithWebIdentity", false)) || s.notActions !== null;
}

/** A positive, non-IfExists condition on `key` whose values are not all bare wildcards. */
function constrains(s: ParsedStatement, test: (key: string) => boolean, broad: RegExp = /^\*+$/): boolean {
  return s.conditions.some((c) => POSITIVE.has(c.base) && !c.ifExists && test(c.keyLower) && c.values.length > 0 && !c.values.every((v) => broad.test(v)));
}

/**
 * Risks of a role's trust policy: anyone or any account may assume it, a third-party account may assume it
 * without an external id (confused deputy), or an OIDC provider's tokens may assume it without a subject condition.
 */
export function findTrustRisks(role: IamPrincipal, ownAccounts: readonly string[]): IamRisk[] {
  if (!role.trustPolicy) return [];
  const out: IamRisk[] = [];
  const own = new Set(ownAccounts.length > 0 ? ownAccounts : [role.accountId]);
  for (const s of role.trustPolicy.statements) {
    if (s.effect !== "Allow" || !assumes(s)) continue;
    const ref = { source: role.trustPolicy.source, statementIndex: s.index, sid: s.sid, effect: s.effect };
    const risk = (category: IamRisk["category"], severity: IamRisk["severity"], title: string) =>
      out.push({ category, severity, title, actions: s.actions ?? ["sts:*"], actionCount: (s.actions ?? []).length, conditional: false, statements: [ref] });
    const restricted = findRestrictions(s.conditions).length > 0;
    const externalId = constrains(s, (k) => k === "sts:externalid");
    for (const p of s.principals ?? (s.notPrincipals ? [{ kind: "anyone" as const, value: "*" as const }] : [])) {
      if (p.kind === "anyone" && !restricted && !externalId) {
        const anyAccount = rawPrincipal(role.trustPolicy.document, s.index) !== "*";
        if (anyAccount) risk("trust-any-account", "critical", "Any AWS account may assume this role");
        else risk("trust-anyone", "critical", "Anyone may assume this role (Principal \"*\" without a restricting condition)");
      } else if ((p.kind === "account" || p.kind === "aws-arn") && p.accountId && !own.has(p.accountId) && !externalId) {
        risk("trust-third-party-without-external-id", "high", `Account ${p.accountId} may assume this role without an sts:ExternalId condition`);
      } else if (p.kind === "federated" && !/:saml-provider\//.test(p.value)) {
        const provider = p.value.replace(/^arn:[^:]*:iam::\d{12}:oidc-provider\//, "").toLowerCase();
        const subjectKey = provider === "cognito-identity.amazonaws.com" ? `${provider}:aud` : `${provider}:sub`;
        const hasSubject = constrains(s, (k) => k === subjectKey || k.endsWith(":sub"), /^(\*+|repo:\*|repo:\*\/?\*?)$/);
        if (!hasSubject) risk("trust-oidc-without-subject", "critical", `Tokens of ${provider} may assume this role without a subject (sub) condition`);
      }
    }
  }
  return out;
}

function rawPrincipal(document: unknown, index: number): unknown {
  const statements = (document as { Statement?: unknown } | null)?.Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  return (list[index] as { Principal?: unknown } | undefined)?.Principal;
}
