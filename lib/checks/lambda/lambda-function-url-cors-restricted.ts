import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

interface UrlConfig {
  FunctionUrl?: string;
  AuthType?: string;
  Cors?: { AllowOrigins?: string[]; AllowCredentials?: boolean } | null;
}

export const lambdaFunctionUrlCorsRestricted: CheckDefinition = {
  id: "lambda_function_url_cors_restricted",
  title: 'Lambda function URLs do not allow every origin ("*") in CORS',
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "medium",
  rationale: "A CORS origin of '*' lets scripts on any web site call the function from a visitor's browser and read the answer; only the sites that use the function should be allowed.",
  remediation: {
    console: ["Open the Lambda console, choose <function-name> > Configuration > Function URL > Edit.", "Under CORS, replace '*' in Allow origin with the exact origins (https://app.example.com) and save."],
    cli: "aws lambda update-function-url-config --function-name <function-name> --cors 'AllowOrigins=https://<allowed-origin>'",
    terraform: 'resource "aws_lambda_function_url" "this" {\n  function_name      = "<function-name>"\n  authorization_type = "AWS_IAM"\n  cors {\n    allow_origins = ["https://<allowed-origin>"]\n  }\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "AC-4" }],
  evaluate(resource) {
    const missing = requireData(resource, { UrlConfigs: ["ListFunctionUrlConfigs", "GetFunctionUrlConfig"] });
    if (missing) return missing;
    const urls = (resource.configuration.UrlConfigs as UrlConfig[] | null) ?? [];
    if (urls.length === 0) return { status: "not_applicable", reason: "The function has no function URL." };
    const wide = urls.filter((u) => (u.Cors?.AllowOrigins ?? []).includes("*"));
    return wide.length === 0
      ? { status: "pass", reason: "No function URL allows every origin." }
      : { status: "fail", reason: `${wide.map((u) => u.FunctionUrl ?? "A function URL").join(", ")} allow${wide.length === 1 ? "s" : ""} CORS requests from any origin.`, evidence: wide.map((u) => ({ FunctionUrl: u.FunctionUrl, AuthType: u.AuthType, Cors: u.Cors })) };
  },
};
