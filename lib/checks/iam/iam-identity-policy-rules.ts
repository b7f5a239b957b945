import type { ComplianceMapping } from "@/lib/checks/check-definition";
import { defineIdentityPolicyChecks } from "@/lib/checks/iam/define-identity-policy-check";
import { findEscalationPaths, isFullAdmin } from "@/lib/checks/iam/find-escalation-paths";
import { findFullServiceAccess, statementAllows, appliesToAllResources } from "@/lib/policy/find-allowing-statements";
import { normalizePolicy } from "@/lib/policy/normalize-policy";

const LEAST_PRIVILEGE: ComplianceMapping[] = [{ framework: "nist-800-53-r5", requirement: "AC-6" }];

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
    const statements = normalizePolicy(document).filter((s) => appliesToAllResources(s) && statementAllows(s, "sts:AssumeRole"));
    return statements.length === 0 ? null : { summary: 'allows sts:AssumeRole on Resource "*"', evidence: statements.map((s) => s.raw) };
  },
});

/** [customer-managed, user inline, role inline, group inline] for known privilege-escalation permission sets. */
export const privilegeEscalationChecks = defineIdentityPolicyChecks({
  rule: "no_privilege_escalation",
  forbids: "grant a known privilege-escalation permission set",
  severity: "high",
  rationale: "Permissions such as iam:CreatePolicyVersion or iam:PassRole with ec2:RunInstances let a principal grant itself more access than it was given: it is an administrator in waiting.",
  compliance: [...LEAST_PRIVILEGE, { framework: "nist-800-53-r5", requirement: "AC-6(10)" }],
  problem: (document) => {
    if (isFullAdmin(document)) return null;
    const paths = findEscalationPaths(document);
    return paths.length === 0 ? null : { summary: `lets its holder escalate privileges through ${paths.map((p) => p.join(" + ")).join("; ")}`, evidence: { paths } };
  },
});
