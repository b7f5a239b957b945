import type { CheckDefinition, ComplianceMapping } from "@/lib/checks/check-definition";
import type { InlinePolicy } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { findAdminStatements } from "@/lib/policy/find-admin-statements";

const COMPLIANCE: ComplianceMapping[] = [
  { framework: "cis-aws-7.0", requirement: "2.14" },
  { framework: "cis-aws-5.0", requirement: "1.15" },
  { framework: "nist-800-53-r5", requirement: "AC-6" },
];

interface Kind {
  label: "user" | "role" | "group";
  resourceType: string;
  /** Configuration key holding the detail and its inline policy list. */
  detailKey: "User" | "Role" | "Group";
  listKey: "UserPolicyList" | "RolePolicyList" | "GroupPolicyList";
  cliVerb: string;
  terraformType: string;
}

/** Users, roles and groups share the inline full-admin check; only their names differ. */
export function defineInlineAdminCheck(kind: Kind): CheckDefinition {
  return {
    id: `iam_${kind.label}_inline_policy_no_full_admin`,
    title: `IAM ${kind.label} inline policies do not grant full "*:*" administrator access`,
    service: "iam",
    resourceType: kind.resourceType,
    severity: "high",
    rationale: "An inline '*' on '*' policy makes an administrator that is easy to miss: it appears in no policy list and cannot be reused or reviewed centrally.",
    remediation: {
      console: [
        `Open the IAM console > ${kind.label[0]?.toUpperCase()}${kind.label.slice(1)}s and choose <${kind.label}-name>.`,
        "On the Permissions tab, remove the inline policy that allows '*' on '*' and attach least-privilege policies.",
      ],
      cli: `aws iam ${kind.cliVerb} --${kind.label}-name <${kind.label}-name> --policy-name <policy-name>`,
      terraform: `# Remove the ${kind.terraformType} resource named <policy-name> for <${kind.label}-name>, or narrow its Action and Resource.`,
    },
    compliance: COMPLIANCE,
    evaluate(resource) {
      const missing = requireData(resource, { [kind.detailKey]: ["GetAccountAuthorizationDetails"] });
      if (missing) return missing;
      const detail = resource.configuration[kind.detailKey] as Record<string, unknown>;
      const policies = (detail[kind.listKey] as InlinePolicy[] | undefined) ?? [];
      if (policies.length === 0) return { status: "not_applicable", reason: `The ${kind.label} has no inline policies.` };
      const admin = policies.filter((p) => findAdminStatements(p.PolicyDocument).length > 0);
      return admin.length === 0
        ? { status: "pass", reason: `None of the ${kind.label}'s ${policies.length} inline policies grants '*' on '*'.` }
        : { status: "fail", reason: `Inline ${admin.length === 1 ? "policy" : "policies"} ${admin.map((p) => p.PolicyName).join(", ")} ${admin.length === 1 ? "grants" : "grant"} '*' on '*'.`, evidence: admin };
    },
  };
}
