import { defineTaggedCheck } from "@/lib/checks/define-tagged-check";

export const lambdaFunctionTagged = defineTaggedCheck({
  id: "lambda_function_tagged",
  plural: "Lambda functions",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  compliance: [{ framework: "aws-fsbp", requirement: "Lambda.6" }],
  needs: { Tags: ["ListTags"] },
  tagsOf: (r) => r.configuration.Tags,
  remediation: {
    console: ["Open the Lambda console and choose <function-name>.", "On Configuration > Tags choose Manage tags, add owner and purpose tags, and save."],
    cli: "aws lambda tag-resource --resource <function-arn> --tags owner=<team>",
    terraform: 'resource "aws_lambda_function" "this" {\n  function_name = "<function-name>"\n  # ...\n  tags = { owner = "<team>" }\n}',
  },
});
