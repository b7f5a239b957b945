import type { CheckDefinition, ComplianceMapping, Severity } from "@/lib/checks/check-definition";
import type { AttachedPolicy } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

interface Kind {
  label: "user" | "role" | "group";
  resourceType: string;
  detailKey: "User" | "Role" | "Group";
}

interface Definition {
  kind: Kind;
  policyName: string;
  severity: Severity;
  rationale: string;
  compliance: ComplianceMapping[];
}

export const USER_KIND: Kind = { label: "user", resourceType: "AWS::IAM::User", detailKey: "User" };
export const ROLE_KIND: Kind = { label: "role", resourceType: "AWS::IAM::Role", detailKey: "Role" };
export const GROUP_KIND: Kind = { label: "group", resourceType: "AWS::IAM::Group", detailKey: "Group" };

/** "This AWS-managed policy is not attached to the user / role / group": one definition per principal kind. */
export function defineAttachedAwsPolicyCheck({ kind, policyName, severity, rationale, compliance }: Definition): CheckDefinition {
  const policyArn = `arn:aws:iam::aws:policy/${policyName}`;
  const snake = policyName.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
  return {
    id: `iam_${kind.label}_no_${snake}_policy`,
    title: `IAM ${kind.label}s do not have the ${policyName} policy attached`,
    service: "iam",
    resourceType: kind.resourceType,
    severity,
    rationale,
    remediation: {
      console: [
        `Open the IAM console > ${kind.label[0]?.toUpperCase()}${kind.label.slice(1)}s and choose <${kind.label}-name>.`,
        `On the Permissions tab, remove ${policyName} and attach policies scoped to the ${kind.label}'s job.`,
      ],
      cli: `aws iam detach-${kind.label}-policy --${kind.label}-name <${kind.label}-name> --policy-arn ${policyArn}`,
      terraform: `# Remove the aws_iam_${kind.label}_policy_attachment that attaches ${policyArn} to <${kind.label}-name>.`,
    },
    compliance,
    evaluate(resource) {
      const missing = requireData(resource, { [kind.detailKey]: ["GetAccountAuthorizationDetails"] });
      if (missing) return missing;
      const detail = resource.configuration[kind.detailKey] as { AttachedManagedPolicies?: AttachedPolicy[] };
      const attached = (detail.AttachedManagedPolicies ?? []).some((p) => p.PolicyArn === policyArn);
      return attached
        ? { status: "fail", reason: `The ${kind.label} has ${policyName} attached.`, evidence: { PolicyArn: policyArn } }
        : { status: "pass", reason: `The ${kind.label} does not have ${policyName} attached.` };
    },
  };
}
