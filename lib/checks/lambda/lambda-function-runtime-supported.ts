import type { CheckDefinition } from "@/lib/checks/check-definition";
import { findRuntimeLifecycle, RUNTIME_LIFECYCLE_SOURCE } from "@/lib/checks/lambda/lambda-runtime-lifecycle";
import { requireData } from "@/lib/checks/require-data";

export const lambdaFunctionRuntimeSupported: CheckDefinition = {
  id: "lambda_function_runtime_supported",
  title: "Lambda functions use a runtime that still receives security patches",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "high",
  rationale: "After a runtime's deprecation date AWS stops patching it, and after the block-update date the function's code cannot even be changed to fix a vulnerability.",
  remediation: {
    console: ["Open the Lambda console and choose <function-name>.", "On Code > Runtime settings choose Edit, select a supported runtime, test, and save."],
    cli: "aws lambda update-function-configuration --function-name <function-name> --runtime <supported-runtime>",
    terraform: 'resource "aws_lambda_function" "this" {\n  function_name = "<function-name>"\n  runtime       = "<supported-runtime>"\n  # ...\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "Lambda.2" },
    { framework: "nist-800-53-r5", requirement: "SI-2(a)" },
    { framework: "pci-dss-4.0", requirement: "6.3.3" },
  ],
  evaluate(resource, { now, settings }) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const runtime = (resource.configuration.Configuration as { Runtime?: string }).Runtime;
    if (!runtime) return { status: "not_applicable", reason: "Container-image functions bring their own runtime." };
    if ((settings.deprecatedRuntimes ?? []).includes(runtime)) {
      return { status: "fail", reason: `${runtime} is on this account's list of runtimes treated as deprecated.`, evidence: { runtime, source: "settings" } };
    }
    const lifecycle = findRuntimeLifecycle(runtime);
    if (!lifecycle) {
      return { status: "pass", reason: `AWS's runtime table (as checked on ${RUNTIME_LIFECYCLE_SOURCE.checkedOn}) announces no deprecation for ${runtime}.` };
    }
    if (Date.parse(lifecycle.deprecation) > now.getTime()) {
      return { status: "pass", reason: `${runtime} is supported until ${lifecycle.deprecation}.` };
    }
    const when = (date: string | undefined, what: string) =>
      date === undefined ? "" : Date.parse(date) <= now.getTime() ? ` ${what} have been blocked since ${date}.` : ` ${what} will be blocked from ${date}.`;
    return {
      status: "fail",
      reason: `${runtime} was deprecated on ${lifecycle.deprecation} and no longer receives security patches.${when(lifecycle.blockCreate, "New functions")}${when(lifecycle.blockUpdate, "Code updates")}`,
      evidence: { ...lifecycle, source: RUNTIME_LIFECYCLE_SOURCE },
    };
  },
};
