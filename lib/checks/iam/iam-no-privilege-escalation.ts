import type { CheckDefinition, ComplianceMapping, Remediation } from "@/lib/checks/check-definition";
import { describePath, pathEvidence, summariseThrough, throughEvidence } from "@/lib/checks/iam/describe-escalation";
import { requireData } from "@/lib/checks/require-data";

const COMPLIANCE: ComplianceMapping[] = [
  { framework: "nist-800-53-r5", requirement: "AC-6" },
  { framework: "nist-800-53-r5", requirement: "AC-6(10)" },
];

const RATIONALE =
  "A principal that can grant itself more access (a new policy version, a role passed to a new compute resource, " +
  "another user's keys) is an administrator in waiting. Vigil's IAM engine searches 66 techniques over the whole " +
  "account, hop by hop, and counts explicit denies, permission boundaries, resource scoping and conditions, so a " +
  "permission that cannot actually be used is not reported.";

const HOW = "The finding's evidence names each hop's technique, its target and the statements that grant it.";

function remediation(kind: "user" | "role" | "group" | "policy"): Remediation {
  const boundary = kind === "user" || kind === "role";
  return {
    console: [
      HOW,
      kind === "policy"
        ? "Open the IAM console > Policies > <policy-name> and edit the statement named in the evidence: remove the action, or scope its Resource to the targets the job needs (for iam:PassRole, the exact role ARNs)."
        : `Open the IAM console > ${kind === "user" ? "Users" : kind === "role" ? "Roles" : "User groups"} > <${kind}-name> and edit the policy named in the evidence: remove the action or scope its Resource (for iam:PassRole, the exact role ARNs).`,
      boundary
        ? "Where the permission must stay, set a permissions boundary that excludes it (Permissions boundary > Set boundary), or add a Deny statement with the same action and target."
        : "Where the permission must stay, add a Deny statement for the action on the target named in the evidence.",
    ],
    cli: [
      "aws iam simulate-principal-policy --policy-source-arn <principal-arn> --action-names <action-from-the-path> --resource-arns <target-from-the-path>",
      kind === "policy"
        ? "aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://without-escalation.json --set-as-default"
        : kind === "group"
          ? "aws iam put-group-policy --group-name <group-name> --policy-name <policy-name> --policy-document file://without-escalation.json"
          : `aws iam put-${kind}-permissions-boundary --${kind}-name <${kind}-name> --permissions-boundary <boundary-policy-arn>`,
    ].join("\n"),
    terraform: boundary
      ? `resource "aws_iam_${kind}" "this" {\n  name                 = "<${kind}-name>"\n  permissions_boundary = aws_iam_policy.boundary.arn # excludes the actions named in the path\n}`
      : 'data "aws_iam_policy_document" "scoped" {\n  statement {\n    actions   = ["iam:PassRole"]\n    resources = ["arn:aws:iam::<account-id>:role/<the-role-the-job-passes>"]\n  }\n}',
  };
}

function definePrincipalCheck(kind: "user" | "role"): CheckDefinition {
  const detailKey = kind === "user" ? "User" : "Role";
  return {
    id: `iam_${kind}_no_privilege_escalation`,
    title: `IAM ${kind}s cannot escalate to administrator`,
    service: "iam",
    resourceType: kind === "user" ? "AWS::IAM::User" : "AWS::IAM::Role",
    severity: "high",
    rationale: RATIONALE,
    remediation: remediation(kind),
    compliance: COMPLIANCE,
    evaluate(resource, { analyses }) {
      const missing = requireData(resource, { [detailKey]: ["GetAccountAuthorizationDetails"] });
      if (missing) return missing;
      const analysis = analyses.escalation();
      const arn = ((resource.configuration[detailKey] as { Arn?: string }).Arn ?? resource.arn);
      const principal = analysis.model.byArn.get(arn);
      if (!principal) return { status: "unknown", reason: `The IAM engine has no ${kind} ${arn} in its model.` };
      if (principal.serviceLinked) return { status: "not_applicable", reason: "Service-linked and AWS-reserved roles are managed by AWS and cannot be changed." };
      if (analysis.admins.has(arn)) return { status: "not_applicable", reason: `The ${kind} already has full administrator access; the full-admin and AdministratorAccess checks report that.` };
      const paths = analysis.paths.get(arn) ?? [];
      const uncollected = analysis.uncollectedPolicies(principal);
      if (paths.length > 0) {
        const [first] = paths;
        const some = paths.every((p) => p.conditional) ? "may be able to" : "can";
        return {
          status: "fail",
          reason: `The ${kind} ${some} become an administrator: ${first ? describePath(first) : "see the evidence"}.${paths.length > 1 ? ` ${paths.length - 1} other path(s) exist.` : ""}`,
          evidence: { ...pathEvidence(paths), ...(uncollected.length > 0 ? { uncollectedPolicies: uncollected } : {}) },
        };
      }
      if (uncollected.length > 0) {
        return {
          status: "unknown",
          reason: `No escalation path was found, but the documents of ${uncollected.join(", ")} (attached to the ${kind} or bounding it) were not collected.`,
          evidence: { uncollectedPolicies: uncollected },
        };
      }
      return { status: "pass", reason: `The IAM engine found no way for the ${kind} to gain administrator access, after denies, boundaries, resource scoping and conditions.` };
    },
  };
}

export const iamUserNoPrivilegeEscalation = definePrincipalCheck("user");
export const iamRoleNoPrivilegeEscalation = definePrincipalCheck("role");

export const iamGroupNoPrivilegeEscalation: CheckDefinition = {
  id: "iam_group_no_privilege_escalation",
  title: "IAM group policies do not let members escalate to administrator",
  service: "iam",
  resourceType: "AWS::IAM::Group",
  severity: "high",
  rationale: RATIONALE,
  remediation: remediation("group"),
  compliance: COMPLIANCE,
  evaluate(resource, { analyses }) {
    const missing = requireData(resource, { Group: ["GetAccountAuthorizationDetails"] });
    if (missing) return missing;
    const analysis = analyses.escalation();
    const name = (resource.configuration.Group as { GroupName?: string }).GroupName ?? resource.name;
    const members = analysis.membersByGroup.get(name) ?? [];
    if (members.length === 0) return { status: "not_applicable", reason: "The group has no members, so its policies give no one anything today." };
    const through = analysis.hopsByGroup.get(name) ?? [];
    return through.length > 0
      ? { status: "fail", reason: `${through.length} of the group's ${members.length} member(s) can escalate to administrator with a permission the group grants: ${summariseThrough(through)}.`, evidence: throughEvidence(through) }
      : { status: "pass", reason: `No member of the group escalates through a permission the group grants (${members.length} member(s)).` };
  },
};

export const iamPolicyNoPrivilegeEscalation: CheckDefinition = {
  id: "iam_policy_no_privilege_escalation",
  title: "Customer-managed policies do not let the principals they are attached to escalate to administrator",
  service: "iam",
  resourceType: "AWS::IAM::ManagedPolicy",
  severity: "high",
  rationale: RATIONALE,
  remediation: remediation("policy"),
  compliance: COMPLIANCE,
  evaluate(resource, { analyses }) {
    const missing = requireData(resource, { Policy: ["GetAccountAuthorizationDetails", "GetPolicyVersion"] });
    if (missing) return missing;
    if (resource.configuration.AwsManaged === true) {
      return { status: "not_applicable", reason: "AWS-managed policies are judged where they are attached: see the user, role and group escalation checks." };
    }
    const analysis = analyses.escalation();
    const arn = (resource.configuration.Policy as { Arn?: string }).Arn ?? resource.arn;
    const managed = analysis.model.managedPolicies.get(arn);
    if (!managed || managed.attachedTo.length === 0) return { status: "pass", reason: "The policy is attached to no user, group or role, so it lets no one escalate today." };
    const through = analysis.hopsByPolicy.get(arn) ?? [];
    return through.length > 0
      ? { status: "fail", reason: `${through.length} principal(s) can escalate to administrator with a statement of this policy: ${summariseThrough(through)}.`, evidence: throughEvidence(through) }
      : { status: "pass", reason: `None of the ${managed.attachedTo.length} user(s), group(s) or role(s) it is attached to escalates through this policy.` };
  },
};
