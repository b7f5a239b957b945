import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const lambdaFunctionDeadLetterQueue: CheckDefinition = {
  id: "lambda_function_dead_letter_queue",
  title: "Lambda functions have a dead-letter queue",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "low",
  rationale: "Failed asynchronous invocations are dropped after retries unless a dead-letter queue (or on-failure destination) keeps them; losing events hides failures and attacks alike.",
  remediation: {
    console: ["Open the Lambda console, choose <function-name> > Configuration > Asynchronous invocation > Edit.", "Choose an SQS queue or SNS topic as the dead-letter queue and save."],
    cli: "aws lambda update-function-configuration --function-name <function-name> --dead-letter-config TargetArn=arn:aws:sqs:<region>:<account-id>:<queue-name>",
    terraform: 'resource "aws_lambda_function" "this" {\n  dead_letter_config {\n    target_arn = "arn:aws:sqs:<region>:<account-id>:<queue-name>"\n  }\n  # ...\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "CP-10" }],
  evaluate(resource) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const target = (resource.configuration.Configuration as { DeadLetterConfig?: { TargetArn?: string } }).DeadLetterConfig?.TargetArn;
    return target
      ? { status: "pass", reason: `Failed events go to ${target}.` }
      : { status: "fail", reason: "The function has no dead-letter queue; failed asynchronous events are dropped." };
  },
};
