import type { ComplianceMapping } from "@/lib/checks/check-definition";
import { defineIdentityPolicyChecks } from "@/lib/checks/iam/define-identity-policy-check";
import { findFullServiceAccess, statementAllows, appliesToAllResources } from "@/lib/policy/find-allowing-statements";
import { findAdminStatements } from "@/lib/policy/find-admin-statements";
import { policyStatements } from "@/lib/policy/parse-policy";
import type { ParsedCondition } from "@/lib/policy/parsed-policy";

const LEAST_PRIVILEGE: ComplianceMapping[] = [{ framework: "nist-800-53-r5", requirement: "AC-6" }];

/** Policies granting "*" on "*" are reported by the full-admin checks; the narrower rules stay quiet on them. */
const isFullAdmin = (document: unknown) => findAdminStatements(document).length > 0;

function fullAccess(service: string) {
  return (document: unknown) => {
    if (isFullAdmin(document)) return null; // reported by the full-admin checks
    const statements = findFullServiceAccess(document, service);
    return statements.length === 0 ? null : { summary: `allows every ${service} action ("${service}:*") on every resource`, evidence: statements.map((s) => s.raw) };
  };
}

/** [customer-managed, user inline, role inline, group inline] for "kms:*" on "*". */
export const kmsFullAccessChecks = defineIdentityPolicyChecks({
  rule: "no_kms_full_access",
  forbids: 'allow "kms:*" on every key',
  severity: "medium",
  rationale: "kms:* on every key lets a principal decrypt any data, change key policies and schedule keys for deletion: key administration and key use should be separate.",
  compliance: [...LEAST_PRIVILEGE, { framework: "nist-800-53-r5", requirement: "SC-12" }],
  problem: fullAccess("kms"),
});

/** [customer-managed, user inline, role inline, group inline] for "cloudtrail:*" on "*". */
export const cloudTrailFullAccessChecks = defineIdentityPolicyChecks({
  rule: "no_cloudtrail_full_access",
  forbids: 'allow "cloudtrail:*" on every trail',
  severity: "medium",
  rationale: "cloudtrail:* includes StopLogging and DeleteTrail: whoever holds it can switch off the audit trail that would record what they do next.",
  compliance: [...LEAST_PRIVILEGE, { framework: "nist-800-53-r5", requirement: "AU-9(a)" }],
  problem: fullAccess("cloudtrail"),
});

/** [customer-managed, user inline, role inline, group inline] for sts:AssumeRole on every role. */
export const assumeAnyRoleChecks = defineIdentityPolicyChecks({
  rule: "no_assume_role_on_all",
  forbids: "allow sts:AssumeRole on every role",
  severity: "medium",
  rationale: "sts:AssumeRole on '*' lets a principal become any role whose trust policy trusts its account, including roles far more powerful than itself.",
  compliance: LEAST_PRIVILEGE,
  problem: (document) => {
    if (isFullAdmin(document)) return null;
    const statements = policyStatements(document).filter((s) => appliesToAllResources(s) && statementAllows(s, "sts:AssumeRole"));
    return statements.length === 0 ? null : { summary: 'allows sts:AssumeRole on Resource "*"', evidence: statements.map((s) => s.raw) };
  },
});

/** [customer-managed, user inline, role inline, group inline] for aws-marketplace:Subscribe on every product. */
export const marketplaceSubscribeChecks = defineIdentityPolicyChecks({
  rule: "no_marketplace_subscribe_on_all",
  forbids: "allow aws-marketplace:Subscribe on every product",
  severity: "medium",
  rationale:
    "aws-marketplace:Subscribe on '*' lets a principal subscribe the account to any AWS Marketplace product, Amazon Bedrock's third-party foundation models included: unreviewed software and models, and charges nobody approved. Scope it to the product ARNs the team needs.",
  compliance: LEAST_PRIVILEGE,
  problem: (document) => {
    if (isFullAdmin(document)) return null; // reported by the full-admin checks
    const statements = policyStatements(document);
    const action = "aws-marketplace:Subscribe";
    const denied = statements.some((s) => s.effect === "Deny" && appliesToAllResources(s) && s.conditions.length === 0 && statementAllows({ ...s, effect: "Allow" }, action));
    if (denied) return null;
    // Subscribe has no resource-level permissions: products are chosen with aws-marketplace:ProductId, which every
    // Subscribe request carries, so a positive condition on it scopes the grant (Prowler reads only Resource "*").
    const scoped = (c: ParsedCondition) => c.keyLower === "aws-marketplace:productid" && (c.base === "stringequals" || c.base === "stringlike") && c.values.length > 0 && !c.values.includes("*");
    const granting = statements.filter((s) => appliesToAllResources(s) && statementAllows(s, action) && !s.conditions.some(scoped));
    return granting.length === 0 ? null : { summary: 'allows aws-marketplace:Subscribe on every product (Resource "*" without an aws-marketplace:ProductId condition)', evidence: granting.map((s) => s.raw) };
  },
});
