import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { VpcConfig } from "@/lib/checks/lambda/lambda-function-in-vpc";
import { requireData } from "@/lib/checks/require-data";

export const lambdaFunctionVpcMultiAz: CheckDefinition = {
  id: "lambda_function_vpc_multi_subnet",
  title: "VPC Lambda functions use more than one subnet",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "medium",
  rationale: "A function attached to a single subnet stops when that Availability Zone fails. Vigil does not collect subnets, so two or more subnets pass: confirm they are in different zones.",
  remediation: {
    console: ["Open the Lambda console, choose <function-name> > Configuration > VPC > Edit.", "Add a subnet in a second Availability Zone and save."],
    cli: "aws lambda update-function-configuration --function-name <function-name> --vpc-config SubnetIds=<subnet-id-az-a>,<subnet-id-az-b>,SecurityGroupIds=<security-group-id>",
    terraform: 'resource "aws_lambda_function" "this" {\n  vpc_config {\n    subnet_ids         = ["<subnet-id-az-a>", "<subnet-id-az-b>"]\n    security_group_ids = ["<security-group-id>"]\n  }\n  # ...\n}',
  },
  compliance: [{ framework: "aws-fsbp", requirement: "Lambda.5" }, { framework: "nist-800-53-r5", requirement: "CP-10" }],
  evaluate(resource) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const vpc = (resource.configuration.Configuration as { VpcConfig?: VpcConfig }).VpcConfig;
    if (!vpc?.VpcId) return { status: "not_applicable", reason: "The function is not attached to a VPC." };
    const subnets = vpc.SubnetIds ?? [];
    return subnets.length >= 2
      ? { status: "pass", reason: `The function uses ${subnets.length} subnets.` }
      : { status: "fail", reason: `The function uses a single subnet (${subnets[0] ?? "none"}), so one Availability Zone.`, evidence: vpc };
  },
};
