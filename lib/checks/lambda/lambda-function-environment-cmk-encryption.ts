import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const lambdaFunctionEnvironmentCmkEncryption: CheckDefinition = {
  id: "lambda_function_environment_cmk_encryption",
  title: "Lambda environment variables are encrypted with a customer-managed KMS key",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "low",
  rationale: "With the default AWS-managed key, anyone allowed lambda:GetFunctionConfiguration reads the variables in clear text; a customer-managed key adds a key policy, kms:Decrypt logging in CloudTrail, and revocation.",
  remediation: {
    console: ["Open the Lambda console, choose <function-name> > Configuration > Environment variables > Edit.", "Under Encryption configuration choose Use a customer master key and select <kms-key-arn>."],
    cli: "aws lambda update-function-configuration --function-name <function-name> --kms-key-arn <kms-key-arn>",
    terraform: 'resource "aws_lambda_function" "this" {\n  function_name = "<function-name>"\n  kms_key_arn   = "<kms-key-arn>"\n  # ...\n}',
  },
  compliance: [
    { framework: "nist-800-53-r5", requirement: "SC-28(1)" },
    { framework: "nist-800-53-r5", requirement: "SC-12" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const config = resource.configuration.Configuration as { Environment?: { VariableNames?: string[] } | null; KMSKeyArn?: string | null };
    const names = config.Environment?.VariableNames ?? [];
    if (names.length === 0) return { status: "not_applicable", reason: "The function has no environment variables." };
    return config.KMSKeyArn
      ? { status: "pass", reason: `The ${names.length} environment variable(s) are encrypted with ${config.KMSKeyArn}.` }
      : { status: "fail", reason: `The ${names.length} environment variable(s) are encrypted only with the AWS-managed key aws/lambda.`, evidence: { VariableNames: names } };
  },
};
