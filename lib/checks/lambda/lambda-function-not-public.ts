import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

export const lambdaFunctionNotPublic: CheckDefinition = {
  id: "lambda_function_not_public",
  title: "Lambda function policies do not allow public invocation",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "critical",
  rationale:
    'A function policy with Principal "*" lets anyone invoke (or change) the function. A service principal such as s3.amazonaws.com without aws:SourceAccount or aws:SourceArn is just as open: any account\'s bucket or topic could trigger it.',
  remediation: {
    console: [
      "Open the Lambda console, choose <function-name> > Configuration > Permissions.",
      "Under Resource-based policy statements, delete the public statement and add one naming the principal, with a source account or ARN condition for services.",
    ],
    cli: "aws lambda remove-permission --function-name <function-name> --statement-id <statement-id>\naws lambda add-permission --function-name <function-name> --statement-id <new-statement-id> --action lambda:InvokeFunction --principal s3.amazonaws.com --source-account <account-id> --source-arn arn:aws:s3:::<bucket-name>",
    terraform:
      'resource "aws_lambda_permission" "this" {\n  statement_id   = "<new-statement-id>"\n  action         = "lambda:InvokeFunction"\n  function_name  = "<function-name>"\n  principal      = "s3.amazonaws.com"\n  source_account = "<account-id>"\n  source_arn     = "arn:aws:s3:::<bucket-name>"\n}',
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "1.4.2" },
    { framework: "aws-fsbp", requirement: "Lambda.1" },
    { framework: "cis-aws-7.0", requirement: "2.21" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { Policy: ["GetPolicy"] });
    if (missing) return missing;
    if (!resource.configuration.Policy) return { status: "pass", reason: "The function has no resource policy." };
    const access = classifyResourcePolicy(resource.configuration.Policy, { accountId: resource.accountId || inventory.accountId, service: "lambda" });
    const open = access.grants.filter((g) => g.scope === "public" || g.unscopedService);
    if (open.length === 0) return { status: "pass", reason: "Only named principals, or services scoped to a source, can use the function." };
    const publicOnes = open.filter((g) => g.scope === "public");
    const reason =
      publicOnes.length > 0
        ? `Anyone can call ${[...new Set(publicOnes.flatMap((g) => g.actions))].join(", ")} on this function.`
        : `Service principal(s) ${open.map((g) => g.principal.value).join(", ")} may invoke the function on behalf of any account (no aws:SourceAccount or aws:SourceArn).`;
    return { status: "fail", reason, evidence: { exposure: "public", grants: open } };
  },
};
