import type { CheckDefinition } from "@/lib/checks/check-definition";
import { DEFAULT_CHECK_SETTINGS } from "@/lib/checks/check-definition";
import { daysSince } from "@/lib/checks/days-since";
import { findRuntimeLifecycle, RUNTIME_LIFECYCLE_SOURCE } from "@/lib/checks/lambda/lambda-runtime-lifecycle";
import { requireData } from "@/lib/checks/require-data";

export const lambdaFunctionRuntimeDeprecationSoon: CheckDefinition = {
  id: "lambda_function_runtime_deprecation_soon",
  title: "Lambda functions do not use a runtime deprecated soon (180 days by default)",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "low",
  rationale: "An early warning: upgrading a runtime needs testing, so it should start months before AWS stops patching it. The warning window is a per-account setting (runtimeWarningDays).",
  remediation: {
    console: ["Open the Lambda console and choose <function-name>.", "Plan the move to <supported-runtime>: update dependencies, test, then change Runtime settings."],
    cli: "aws lambda update-function-configuration --function-name <function-name> --runtime <supported-runtime>",
    terraform: 'resource "aws_lambda_function" "this" {\n  function_name = "<function-name>"\n  runtime       = "<supported-runtime>"\n  # ...\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "SI-2(a)" }],
  evaluate(resource, { now, settings }) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const runtime = (resource.configuration.Configuration as { Runtime?: string }).Runtime;
    if (!runtime) return { status: "not_applicable", reason: "Container-image functions bring their own runtime." };
    const window = settings.runtimeWarningDays ?? DEFAULT_CHECK_SETTINGS.runtimeWarningDays ?? 180;
    const lifecycle = findRuntimeLifecycle(runtime);
    const daysLeft = lifecycle ? -(daysSince(lifecycle.deprecation, now) ?? 0) : null;
    if ((settings.deprecatedRuntimes ?? []).includes(runtime) || (daysLeft !== null && daysLeft <= 0)) {
      return { status: "not_applicable", reason: `${runtime} is already deprecated (see lambda_function_runtime_supported).` };
    }
    if (lifecycle === undefined || daysLeft === null || daysLeft > window) {
      return { status: "pass", reason: `${runtime} has no deprecation within ${window} days.` };
    }
    const create = lifecycle.blockCreate ? ` New functions are blocked from ${lifecycle.blockCreate}` : "";
    const update = lifecycle.blockUpdate ? `${create ? "," : " Updates are blocked"} updates from ${lifecycle.blockUpdate}` : "";
    return {
      status: "fail",
      reason: `${runtime} will be deprecated on ${lifecycle.deprecation}, in ${daysLeft} days.${create}${update}${create || update ? "." : ""}`,
      evidence: { ...lifecycle, warningDays: window, source: RUNTIME_LIFECYCLE_SOURCE },
    };
  },
};
