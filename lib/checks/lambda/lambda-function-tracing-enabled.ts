import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const lambdaFunctionTracingEnabled: CheckDefinition = {
  id: "lambda_function_tracing_enabled",
  title: "Lambda functions have X-Ray active tracing",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "low",
  rationale: "Traces show which downstream services a function calls and when; they help spot abuse and reconstruct an incident.",
  remediation: {
    console: ["Open the Lambda console, choose <function-name> > Configuration > Monitoring and operations tools > Edit.", "Turn on AWS X-Ray Active tracing and save."],
    cli: "aws lambda update-function-configuration --function-name <function-name> --tracing-config Mode=Active",
    terraform: 'resource "aws_lambda_function" "this" {\n  tracing_config {\n    mode = "Active"\n  }\n  # ...\n}',
  },
  compliance: [{ framework: "aws-fsbp", requirement: "Lambda.7" }],
  evaluate(resource) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const mode = (resource.configuration.Configuration as { TracingConfig?: { Mode?: string } }).TracingConfig?.Mode;
    return mode === "Active"
      ? { status: "pass", reason: "X-Ray active tracing is on." }
      : { status: "fail", reason: `Tracing mode is ${mode ?? "not set"}.` };
  },
};
