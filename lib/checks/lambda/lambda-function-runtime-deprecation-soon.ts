import type { CheckDefinition } from "@/lib/checks/check-definition";
import { daysSince } from "@/lib/checks/days-since";
import { findRuntimeLifecycle } from "@/lib/checks/lambda/lambda-runtime-lifecycle";
import { requireData } from "@/lib/checks/require-data";

/** How far ahead Vigil warns about a runtime's deprecation: long enough to plan and test an upgrade. */
const WARNING_DAYS = 180;

export const lambdaFunctionRuntimeDeprecationSoon: CheckDefinition = {
  id: "lambda_function_runtime_deprecation_soon",
  title: "Lambda functions do not use a runtime deprecated within 180 days",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "low",
  rationale: "An early warning: upgrading a runtime needs testing, so it should start months before AWS stops patching it.",
  remediation: {
    console: ["Open the Lambda console and choose <function-name>.", "Plan the move to <supported-runtime>: update dependencies, test, then change Runtime settings."],
    cli: "aws lambda update-function-configuration --function-name <function-name> --runtime <supported-runtime>",
    terraform: 'resource "aws_lambda_function" "this" {\n  function_name = "<function-name>"\n  runtime       = "<supported-runtime>"\n  # ...\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "SA-22" }],
  evaluate(resource, { now }) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const runtime = (resource.configuration.Configuration as { Runtime?: string }).Runtime;
    if (!runtime) return { status: "not_applicable", reason: "Container-image functions bring their own runtime." };
    const lifecycle = findRuntimeLifecycle(runtime);
    const daysLeft = lifecycle ? -(daysSince(lifecycle.deprecation, now) ?? 0) : null;
    if (lifecycle === undefined || daysLeft === null || daysLeft > WARNING_DAYS) {
      return { status: "pass", reason: `${runtime} has no deprecation within ${WARNING_DAYS} days.` };
    }
    if (daysLeft <= 0) return { status: "not_applicable", reason: `${runtime} is already deprecated (see lambda_function_runtime_supported).` };
    return { status: "fail", reason: `${runtime} will be deprecated on ${lifecycle.deprecation}, in ${daysLeft} days.`, evidence: lifecycle };
  },
};
