import type { CheckDefinition, ComplianceMapping, Severity, Verdict } from "@/lib/checks/check-definition";
import type { InlinePolicy, ManagedPolicyDetail } from "@/lib/checks/iam/iam-configuration";
import { defaultPolicyDocument } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

/** What an identity-policy rule reports about one document: null when it is fine. */
export type PolicyProblem = (document: unknown) => { summary: string; evidence: unknown } | null;

interface Definition {
  /** Suffix of the check ids: iam_policy_<rule> (customer-managed) and iam_<kind>_inline_policy_<rule>. */
  rule: string;
  /** What the policy must not do, e.g. 'allow "kms:*" on every key'. */
  forbids: string;
  severity: Severity;
  rationale: string;
  compliance: ComplianceMapping[];
  problem: PolicyProblem;
}

const KINDS = [
  { label: "user", resourceType: "AWS::IAM::User", detailKey: "User", listKey: "UserPolicyList" },
  { label: "role", resourceType: "AWS::IAM::Role", detailKey: "Role", listKey: "RolePolicyList" },
  { label: "group", resourceType: "AWS::IAM::Group", detailKey: "Group", listKey: "GroupPolicyList" },
] as const;

/**
 * One rule over identity policies, as four checks: customer-managed policies (AWS-managed ones are AWS's to
 * change) and the inline policies of users, roles and groups. Returns [customer, user, role, group].
 */
export function defineIdentityPolicyChecks(d: Definition): CheckDefinition[] {
  const customer: CheckDefinition = {
    id: `iam_policy_${d.rule}`,
    title: `Customer-managed policies do not ${d.forbids}`,
    service: "iam",
    resourceType: "AWS::IAM::ManagedPolicy",
    severity: d.severity,
    rationale: d.rationale,
    remediation: {
      console: ["Open the IAM console > Policies and choose <policy-name>.", "Edit the policy: replace the wildcard with the actions and resources the job needs, and save it as the default version."],
      cli: "aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped-policy.json --set-as-default",
      terraform: 'resource "aws_iam_policy" "this" {\n  name   = "<policy-name>"\n  policy = data.aws_iam_policy_document.scoped.json\n}',
    },
    compliance: d.compliance,
    evaluate(resource) {
      const missing = requireData(resource, { Policy: ["GetAccountAuthorizationDetails", "GetPolicyVersion"] });
      if (missing) return missing;
      if (resource.configuration.AwsManaged === true) return { status: "not_applicable", reason: "AWS-managed policies are judged where they are attached." };
      const document = defaultPolicyDocument(resource.configuration.Policy as ManagedPolicyDetail);
      if (document === undefined) return { status: "unknown", reason: "The policy's default version document was not collected." };
      const found = d.problem(document);
      return found
        ? { status: "fail", reason: `The policy ${found.summary}.`, evidence: found.evidence }
        : { status: "pass", reason: `The policy does not ${d.forbids}.` };
    },
  };
  const inline = KINDS.map((kind): CheckDefinition => ({
    id: `iam_${kind.label}_inline_policy_${d.rule}`,
    title: `IAM ${kind.label} inline policies do not ${d.forbids}`,
    service: "iam",
    resourceType: kind.resourceType,
    severity: d.severity,
    rationale: d.rationale,
    remediation: {
      console: [`Open the IAM console > ${kind.label[0]?.toUpperCase()}${kind.label.slice(1)}s and choose <${kind.label}-name>.`, "On the Permissions tab, edit the inline policy: scope its actions and resources, or replace it with a reviewed managed policy."],
      cli: `aws iam put-${kind.label}-policy --${kind.label}-name <${kind.label}-name> --policy-name <policy-name> --policy-document file://scoped-policy.json`,
      terraform: `resource "aws_iam_${kind.label}_policy" "this" {\n  name   = "<policy-name>"\n  ${kind.label}   = "<${kind.label}-name>"\n  policy = data.aws_iam_policy_document.scoped.json\n}`,
    },
    compliance: d.compliance,
    evaluate: (resource) => evaluateInline(resource, kind, d),
  }));
  return [customer, ...inline];
}

function evaluateInline(resource: ResourceRecord, kind: (typeof KINDS)[number], d: Definition): Verdict {
  const missing = requireData(resource, { [kind.detailKey]: ["GetAccountAuthorizationDetails"] });
  if (missing) return missing;
  const detail = resource.configuration[kind.detailKey] as Record<string, unknown>;
  const policies = (detail[kind.listKey] as InlinePolicy[] | undefined) ?? [];
  if (policies.length === 0) return { status: "not_applicable", reason: `The ${kind.label} has no inline policies.` };
  const bad = policies.flatMap((p) => {
    const found = d.problem(p.PolicyDocument);
    return found ? [{ policy: p.PolicyName, summary: found.summary, evidence: found.evidence }] : [];
  });
  return bad.length === 0
    ? { status: "pass", reason: `None of the ${kind.label}'s ${policies.length} inline policies ${d.forbids.replace(/^(\w+)/, "$1s")}.` }
    : { status: "fail", reason: bad.map((b) => `Inline policy ${b.policy} ${b.summary}`).join("; ") + ".", evidence: bad };
}
