import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { RoleDetail } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { statementAllows } from "@/lib/policy/find-allowing-statements";
import { policyStatements } from "@/lib/policy/parse-policy";
import type { ParsedCondition } from "@/lib/policy/parsed-policy";

/** Providers whose tokens anyone can obtain for their own workload, so the subject must be pinned too. */
const SHARED_ISSUERS = ["token.actions.githubusercontent.com", "app.terraform.io", "gitlab.com", "oidc.circleci.com"];

/** The provider host a Federated principal names ("arn:aws:iam::1:oidc-provider/host/path" -> "host/path"). */
function providerHost(principal: string): string {
  const at = principal.indexOf(":oidc-provider/");
  return (at >= 0 ? principal.slice(at + ":oidc-provider/".length) : principal).toLowerCase();
}

/** Values a positive string condition (StringEquals / StringLike, not IfExists) pins for `key`, ignoring bare wildcards. */
function pinned(conditions: readonly ParsedCondition[], key: string): string[] {
  return conditions
    .filter((c) => (c.base === "stringequals" || c.base === "stringlike") && !c.ifExists && c.keyLower === key)
    .flatMap((c) => c.values.filter((value) => value !== "*" && !/^[^:]*:\*$/.test(value)));
}

export const iamRoleOidcTrustAudienceRestricted: CheckDefinition = {
  id: "iam_role_oidc_trust_audience_restricted",
  title: "Roles trusting an OIDC provider pin the token audience (and subject for shared issuers)",
  service: "iam",
  resourceType: "AWS::IAM::Role",
  severity: "high",
  rationale: "A web-identity trust without an audience condition accepts tokens the provider issued for other applications; for shared issuers such as GitHub Actions, without a subject condition any repository on GitHub can assume the role.",
  remediation: {
    console: ["Open the IAM console > Roles and choose <role-name>.", "On Trust relationships choose Edit and add StringEquals <provider>:aud = <client-id> (and for GitHub: StringLike token.actions.githubusercontent.com:sub = repo:<org>/<repo>:*)."],
    cli: "aws iam update-assume-role-policy --role-name <role-name> --policy-document file://trust-with-aud-and-sub.json",
    terraform: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRoleWithWebIdentity"]\n    principals {\n      type        = "Federated"\n      identifiers = ["<oidc-provider-arn>"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "<provider-host>:aud"\n      values   = ["<client-id>"]\n    }\n    condition {\n      test     = "StringLike"\n      variable = "<provider-host>:sub"\n      values   = ["repo:<org>/<repo>:*"]\n    }\n  }\n}',
  },
  compliance: [
    { framework: "nist-800-53-r5", requirement: "AC-3" },
    { framework: "nist-800-53-r5", requirement: "IA-2" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Role: ["GetAccountAuthorizationDetails"] });
    if (missing) return missing;
    const role = resource.configuration.Role as RoleDetail;
    const problems: { provider: string; missing: string[] }[] = [];
    let trusts = 0;
    for (const s of policyStatements(role.AssumeRolePolicyDocument, "resource")) {
      if (!statementAllows(s, "sts:AssumeRoleWithWebIdentity")) continue;
      for (const p of s.principals ?? []) {
        if (p.kind !== "federated") continue;
        trusts++;
        const host = providerHost(p.value);
        const gaps: string[] = [];
        if (pinned(s.conditions, `${host}:aud`).length === 0) gaps.push(`${host}:aud`);
        if (SHARED_ISSUERS.some((issuer) => host.startsWith(issuer)) && pinned(s.conditions, `${host}:sub`).length === 0) gaps.push(`${host}:sub`);
        if (gaps.length > 0) problems.push({ provider: p.value, missing: gaps });
      }
    }
    if (trusts === 0) return { status: "not_applicable", reason: "The role does not trust an OIDC identity provider." };
    return problems.length === 0
      ? { status: "pass", reason: "Every OIDC trust pins the token audience (and subject where the issuer is shared)." }
      : { status: "fail", reason: problems.map((p) => `Trust in ${p.provider} lacks a condition on ${p.missing.join(" and ")}`).join("; ") + ".", evidence: { ...(problems.some((p) => p.missing.some((m) => m.endsWith(":sub"))) ? { exposure: "public" } : {}), problems } };
  },
};
