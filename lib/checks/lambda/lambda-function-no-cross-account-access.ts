import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

export const lambdaFunctionNoCrossAccountAccess: CheckDefinition = {
  id: "lambda_function_no_cross_account_access",
  title: "Lambda function policies grant nothing to other AWS accounts",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "medium",
  rationale: "Accounts named in a function policy can invoke (or manage) it with their own credentials; each should be known and intended.",
  remediation: {
    console: ["Open the Lambda console, choose <function-name> > Configuration > Permissions.", "Delete resource-based policy statements that name <other-account-id> unless they are intended."],
    cli: "aws lambda get-policy --function-name <function-name>\naws lambda remove-permission --function-name <function-name> --statement-id <statement-id>",
    terraform: '# Remove the aws_lambda_permission resource whose principal is <other-account-id>.',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "AC-3" }],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { Policy: ["GetPolicy"] });
    if (missing) return missing;
    if (!resource.configuration.Policy) return { status: "pass", reason: "The function has no resource policy." };
    const access = classifyResourcePolicy(resource.configuration.Policy, { accountId: resource.accountId || inventory.accountId, service: "lambda" });
    const cross = access.grants.filter((g) => g.scope === "cross-account");
    if (cross.length === 0) return { status: "pass", reason: "No other account is named in the function policy." };
    const accounts = [...new Set(cross.flatMap((g) => g.accounts))];
    return { status: "fail", reason: `Account(s) ${accounts.join(", ")} can use this function.`, evidence: { exposure: "cross-account", accounts, grants: cross } };
  },
};
