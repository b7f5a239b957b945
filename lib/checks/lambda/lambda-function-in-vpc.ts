import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export interface VpcConfig {
  VpcId?: string;
  SubnetIds?: string[];
  SecurityGroupIds?: string[];
}

export const lambdaFunctionInVpc: CheckDefinition = {
  id: "lambda_function_in_vpc",
  title: "Lambda functions run in a VPC",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "low",
  rationale: "Inside a VPC a function's network traffic is subject to security groups, NACLs and VPC endpoints; only worth it for functions reaching private resources, hence low severity.",
  remediation: {
    console: ["Open the Lambda console, choose <function-name> > Configuration > VPC > Edit.", "Select <vpc-id>, at least two private subnets in different Availability Zones and a security group, then save."],
    cli: "aws lambda update-function-configuration --function-name <function-name> --vpc-config SubnetIds=<subnet-id-1>,<subnet-id-2>,SecurityGroupIds=<security-group-id>",
    terraform: 'resource "aws_lambda_function" "this" {\n  function_name = "<function-name>"\n  vpc_config {\n    subnet_ids         = ["<subnet-id-1>", "<subnet-id-2>"]\n    security_group_ids = ["<security-group-id>"]\n  }\n  # ...\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "Lambda.3" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const vpc = (resource.configuration.Configuration as { VpcConfig?: VpcConfig }).VpcConfig;
    return vpc?.VpcId
      ? { status: "pass", reason: `The function runs in ${vpc.VpcId}.` }
      : { status: "fail", reason: "The function runs outside any VPC." };
  },
};
