import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { RoleDetail } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

/**
 * Services that assume a role only for a resource of the role's own account, configured by someone who needed
 * iam:PassRole on it (instance profiles, function and task roles): the confused-deputy problem does not arise.
 */
const PASS_ROLE_SERVICES = new Set(["ec2.amazonaws.com", "lambda.amazonaws.com", "edgelambda.amazonaws.com", "ecs-tasks.amazonaws.com"]);

export const iamRoleServiceTrustConfusedDeputy: CheckDefinition = {
  id: "iam_role_service_trust_confused_deputy",
  title: "Roles trusting an AWS service limit it to this account's resources",
  service: "iam",
  resourceType: "AWS::IAM::Role",
  severity: "medium",
  rationale: "A service principal acts for every AWS customer. Without aws:SourceAccount, aws:SourceArn or aws:SourceOrgID in the trust policy, another account's resource of that service could be made to use this role (the confused-deputy problem).",
  remediation: {
    console: ["Open the IAM console > Roles and choose <role-name>.", "On Trust relationships choose Edit and add a Condition: StringEquals aws:SourceAccount <account-id> (or ArnLike aws:SourceArn <resource-arn>)."],
    cli: "aws iam update-assume-role-policy --role-name <role-name> --policy-document file://trust-with-source-account.json",
    terraform: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["<service>.amazonaws.com"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "aws:SourceAccount"\n      values   = ["<account-id>"]\n    }\n  }\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "AC-3" }],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { Role: ["GetAccountAuthorizationDetails"] });
    if (missing) return missing;
    const role = resource.configuration.Role as RoleDetail;
    if ((role.Path ?? "").startsWith("/aws-service-role/")) return { status: "not_applicable", reason: "Service-linked roles' trust policies are managed by AWS." };
    const access = classifyResourcePolicy(role.AssumeRolePolicyDocument, { accountId: resource.accountId || inventory.accountId, service: "sts" });
    const services = access.grants.filter((g) => g.principal.kind === "service" && !PASS_ROLE_SERVICES.has(g.principal.value));
    if (services.length === 0) return { status: "not_applicable", reason: "The role does not trust a service that acts across accounts." };
    const unscoped = services.filter((g) => g.unscopedService);
    return unscoped.length === 0
      ? { status: "pass", reason: "Every trusted service is limited by aws:SourceAccount, aws:SourceArn or aws:SourceOrgID." }
      : { status: "fail", reason: `The role trusts ${[...new Set(unscoped.map((g) => g.principal.value))].join(", ")} without limiting which account's resources may use it.`, evidence: unscoped };
  },
};
