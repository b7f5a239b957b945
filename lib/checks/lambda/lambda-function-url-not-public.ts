import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

interface UrlConfig {
  FunctionUrl?: string;
  AuthType?: string;
}

export const lambdaFunctionUrlNotPublic: CheckDefinition = {
  id: "lambda_function_url_not_public",
  title: "Lambda function URLs require IAM authentication",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "high",
  rationale:
    "A function URL with AuthType NONE and a policy allowing lambda:InvokeFunctionUrl to everyone is an unauthenticated HTTPS endpoint. A URL with AuthType NONE but no such policy statement answers 403 to everyone, so Vigil passes it.",
  remediation: {
    console: ["Open the Lambda console, choose <function-name> > Configuration > Function URL > Edit.", "Set Auth type to AWS_IAM (or put the function behind API Gateway / CloudFront with authentication) and save."],
    cli: "aws lambda update-function-url-config --function-name <function-name> --auth-type AWS_IAM",
    terraform: 'resource "aws_lambda_function_url" "this" {\n  function_name      = "<function-name>"\n  authorization_type = "AWS_IAM"\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "Lambda.1" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { UrlConfigs: ["ListFunctionUrlConfigs", "GetFunctionUrlConfig"], Policy: ["GetPolicy"] });
    if (missing) return missing;
    const urls = (resource.configuration.UrlConfigs as UrlConfig[] | null) ?? [];
    if (urls.length === 0) return { status: "not_applicable", reason: "The function has no function URL." };
    const open = urls.filter((u) => u.AuthType === "NONE");
    if (open.length === 0) return { status: "pass", reason: "Every function URL requires AWS_IAM authentication." };
    const access = classifyResourcePolicy(resource.configuration.Policy, { accountId: resource.accountId || inventory.accountId, service: "lambda" });
    const publicInvoke = access.grants.filter((g) => g.scope === "public" && g.actions.includes("lambda:InvokeFunctionUrl"));
    if (publicInvoke.length === 0) {
      return { status: "pass", reason: "The function URL has AuthType NONE, but no policy statement lets the public invoke it, so it answers 403." };
    }
    return {
      status: "fail",
      reason: `${open.map((u) => u.FunctionUrl ?? "The function URL").join(", ")} can be called by anyone without authentication.`,
      evidence: { exposure: "public", urls: open, grants: publicInvoke },
    };
  },
};
