import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { ManagedPolicyDetail } from "@/lib/checks/iam/iam-configuration";
import { defaultPolicyDocument } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { policyStatements } from "@/lib/policy/parse-policy";

export const iamCustomerPolicyNoServiceWildcard: CheckDefinition = {
  id: "iam_customer_policy_no_service_wildcard",
  title: 'Customer-managed policies do not allow every action of a service ("service:*")',
  service: "iam",
  resourceType: "AWS::IAM::ManagedPolicy",
  severity: "low",
  rationale: '"s3:*" today also grants every S3 action AWS adds tomorrow, including permission-management ones; naming actions keeps a policy to what was reviewed.',
  remediation: {
    console: ["Open the IAM console > Policies and choose <policy-name>.", 'Choose Edit, replace "<service>:*" with the specific actions needed (IAM Access Analyzer policy generation can list them), and save as the default version.'],
    cli: "aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped-policy.json --set-as-default",
    terraform: '# In aws_iam_policy "<policy-name>", replace "<service>:*" with specific actions, e.g. ["s3:GetObject", "s3:PutObject"].',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "IAM.21" },
    { framework: "nist-800-53-r5", requirement: "AC-6" },
  ],
  evaluate(resource) {
    if (resource.configuration.AwsManaged === true) return { status: "not_applicable", reason: "AWS-managed policies are judged by where they are attached." };
    const missing = requireData(resource, { Policy: ["GetAccountAuthorizationDetails", "GetPolicyVersion"] });
    if (missing) return missing;
    const document = defaultPolicyDocument(resource.configuration.Policy as ManagedPolicyDetail);
    if (document === undefined) return { status: "unknown", reason: "The policy's default version document was not collected." };
    const wildcards = policyStatements(document)
      .filter((s) => s.effect === "Allow")
      .flatMap((s) => (s.actions ?? []).filter((a) => a === "*" || /^[a-z0-9-]+:\*$/i.test(a)));
    return wildcards.length === 0
      ? { status: "pass", reason: "Every allowed action is named or narrowed." }
      : { status: "fail", reason: `The policy allows ${[...new Set(wildcards)].join(", ")}.`, evidence: { actions: [...new Set(wildcards)] } };
  },
};
