import type { Technique, TechniquePermission } from "@/lib/iam/escalation/technique";

const passRole: TechniquePermission = { action: "iam:PassRole", on: "target" };
const create = (...actions: string[]): TechniquePermission[] => actions.map((action) => ({ action, on: "new" }));
const existing = (...actions: string[]): TechniquePermission[] => actions.map((action) => ({ action, on: "existing" }));

/** Pass a role to a new compute resource the actor creates, then run code as that role. */
function newPassRole(id: string, name: string, services: string[], actions: string[], extra: Partial<Technique> = {}): Technique {
  return { id, name, category: "new-passrole", actor: "any", target: "pass-role", services, permissions: [passRole, ...create(...actions)], ...extra };
}

/** Take over an existing compute resource that already runs as a role. */
function existingResource(id: string, name: string, services: string[], permissions: TechniquePermission[], extra: Partial<Technique> = {}): Technique {
  return { id, name, category: "existing-passrole", actor: "any", target: "existing-resource", services, permissions, ...extra };
}

const EC2 = ["ec2.amazonaws.com"];
const ECS = ["ecs-tasks.amazonaws.com"];
const GLUE = ["glue.amazonaws.com"];
const SAGEMAKER = ["sagemaker.amazonaws.com"];
const LAMBDA = ["lambda.amazonaws.com"];
const CFN = ["cloudformation.amazonaws.com"];
const CODEBUILD = ["codebuild.amazonaws.com"];
const BEDROCK = ["bedrock-agentcore.amazonaws.com"];
const APPRUNNER = ["tasks.apprunner.amazonaws.com"];

/** Techniques through compute services: PassRole to new resources, or changing existing ones. */
export const COMPUTE_TECHNIQUES: Technique[] = [
  newPassRole("apprunner-001", "iam:PassRole + apprunner:CreateService", APPRUNNER, ["apprunner:CreateService"]),
  existingResource("apprunner-002", "apprunner:UpdateService", APPRUNNER, existing("apprunner:UpdateService")),
  newPassRole("bedrock-001", "iam:PassRole + bedrock-agentcore:CreateCodeInterpreter + StartCodeInterpreterSession + InvokeCodeInterpreter", BEDROCK, ["bedrock-agentcore:CreateCodeInterpreter", "bedrock-agentcore:StartCodeInterpreterSession", "bedrock-agentcore:InvokeCodeInterpreter"]),
  existingResource("bedrock-002", "bedrock-agentcore:StartCodeInterpreterSession + InvokeCodeInterpreter", BEDROCK, existing("bedrock-agentcore:StartCodeInterpreterSession", "bedrock-agentcore:InvokeCodeInterpreter")),
  newPassRole("cloudformation-001", "iam:PassRole + cloudformation:CreateStack", CFN, ["cloudformation:CreateStack"], { iamVulnerable: ["CloudFormation-PassExistingRoleToCloudFormation"] }),
  existingResource("cloudformation-002", "cloudformation:UpdateStack", CFN, existing("cloudformation:UpdateStack"), { iamVulnerable: ["CloudFormation-UpdateStack"] }),
  newPassRole("cloudformation-003", "iam:PassRole + cloudformation:CreateStackSet + CreateStackInstances", CFN, ["cloudformation:CreateStackSet", "cloudformation:CreateStackInstances"]),
  newPassRole("cloudformation-004", "iam:PassRole + cloudformation:UpdateStackSet", CFN, ["cloudformation:UpdateStackSet"]),
  existingResource("cloudformation-005", "cloudformation:CreateChangeSet + ExecuteChangeSet", CFN, existing("cloudformation:CreateChangeSet", "cloudformation:ExecuteChangeSet")),
  newPassRole("codebuild-001", "iam:PassRole + codebuild:CreateProject + StartBuild", CODEBUILD, ["codebuild:CreateProject", "codebuild:StartBuild"], { iamVulnerable: ["CodeBuild-CreateProjectPassRole"] }),
  existingResource("codebuild-002", "codebuild:StartBuild", CODEBUILD, existing("codebuild:StartBuild")),
  existingResource("codebuild-003", "codebuild:StartBuildBatch", CODEBUILD, existing("codebuild:StartBuildBatch")),
  newPassRole("codebuild-004", "iam:PassRole + codebuild:CreateProject + StartBuildBatch", CODEBUILD, ["codebuild:CreateProject", "codebuild:StartBuildBatch"]),
  newPassRole("datapipeline-001", "iam:PassRole + datapipeline:CreatePipeline + PutPipelineDefinition + ActivatePipeline", ["datapipeline.amazonaws.com", "elasticmapreduce.amazonaws.com"], ["datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition", "datapipeline:ActivatePipeline"], { iamVulnerable: ["DataPipeline-PassExistingRoleToNewDataPipeline"] }),
  existingResource("ec2instanceconnect-003", "ec2-instance-connect:SendSSHPublicKey", EC2, existing("ec2-instance-connect:SendSSHPublicKey", "ec2:DescribeInstances"), { needsInstanceProfile: true, iamVulnerable: ["EC2InstanceConnect-SendSSHPublicKey"] }),
  newPassRole("ec2-001", "iam:PassRole + ec2:RunInstances", EC2, ["ec2:RunInstances"], { needsInstanceProfile: true, iamVulnerable: ["EC2-CreateInstanceWithExistingProfile"] }),
  existingResource("ec2-002", "ec2:ModifyInstanceAttribute + StopInstances + StartInstances", EC2, existing("ec2:ModifyInstanceAttribute", "ec2:StopInstances", "ec2:StartInstances"), { needsInstanceProfile: true }),
  newPassRole("ec2-003", "iam:PassRole + ec2:RequestSpotInstances", EC2, ["ec2:RequestSpotInstances"], { needsInstanceProfile: true }),
  existingResource("ec2-004", "ec2:CreateLaunchTemplateVersion + ModifyLaunchTemplate", EC2, existing("ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"), { needsInstanceProfile: true }),
  newPassRole("ecs-001", "iam:PassRole + ecs:CreateCluster + RegisterTaskDefinition + CreateService", ECS, ["ecs:CreateCluster", "ecs:RegisterTaskDefinition", "ecs:CreateService"]),
  newPassRole("ecs-002", "iam:PassRole + ecs:CreateCluster + RegisterTaskDefinition + RunTask", ECS, ["ecs:CreateCluster", "ecs:RegisterTaskDefinition", "ecs:RunTask"]),
  newPassRole("ecs-003", "iam:PassRole + ecs:RegisterTaskDefinition + CreateService", ECS, ["ecs:RegisterTaskDefinition", "ecs:CreateService"]),
  newPassRole("ecs-004", "iam:PassRole + ecs:RegisterTaskDefinition + RunTask", ECS, ["ecs:RegisterTaskDefinition", "ecs:RunTask"]),
  newPassRole("ecs-005", "iam:PassRole + ecs:RegisterTaskDefinition + StartTask", ECS, ["ecs:RegisterTaskDefinition", "ecs:StartTask"]),
  newPassRole("glue-001", "iam:PassRole + glue:CreateDevEndpoint", GLUE, ["glue:CreateDevEndpoint"], { iamVulnerable: ["Glue-PassExistingRoleToNewGlueDevEndpoint"] }),
  existingResource("glue-002", "glue:UpdateDevEndpoint", GLUE, existing("glue:UpdateDevEndpoint"), { iamVulnerable: ["Glue-UpdateExistingGlueDevEndpoint"] }),
  newPassRole("glue-003", "iam:PassRole + glue:CreateJob + StartJobRun", GLUE, ["glue:CreateJob", "glue:StartJobRun"]),
  newPassRole("glue-004", "iam:PassRole + glue:CreateJob + CreateTrigger", GLUE, ["glue:CreateJob", "glue:CreateTrigger"]),
  newPassRole("glue-005", "iam:PassRole + glue:UpdateJob + StartJobRun", GLUE, ["glue:UpdateJob", "glue:StartJobRun"]),
  newPassRole("glue-006", "iam:PassRole + glue:UpdateJob + CreateTrigger", GLUE, ["glue:UpdateJob", "glue:CreateTrigger"]),
  newPassRole("lambda-001", "iam:PassRole + lambda:CreateFunction + InvokeFunction", LAMBDA, ["lambda:CreateFunction", "lambda:InvokeFunction"], { iamVulnerable: ["Lambda-PassExistingRoleToNewLambdaThenInvoke"] }),
  newPassRole("lambda-002", "iam:PassRole + lambda:CreateFunction + CreateEventSourceMapping", LAMBDA, ["lambda:CreateFunction", "lambda:CreateEventSourceMapping"], { iamVulnerable: ["Lambda-PassRoleToNewLambdaThenTrigger"] }),
  existingResource("lambda-003", "lambda:UpdateFunctionCode", LAMBDA, [{ action: "lambda:UpdateFunctionCode", on: "function" }], { iamVulnerable: ["Lambda-EditExistingLambdaFunctionWithRole"] }),
  existingResource("lambda-004", "lambda:UpdateFunctionCode + InvokeFunction", LAMBDA, [{ action: "lambda:UpdateFunctionCode", on: "function" }, { action: "lambda:InvokeFunction", on: "function" }]),
  existingResource("lambda-005", "lambda:UpdateFunctionCode + AddPermission", LAMBDA, [{ action: "lambda:UpdateFunctionCode", on: "function" }, { action: "lambda:AddPermission", on: "function" }]),
  newPassRole("lambda-006", "iam:PassRole + lambda:CreateFunction + AddPermission", LAMBDA, ["lambda:CreateFunction", "lambda:AddPermission"]),
  newPassRole("sagemaker-001", "iam:PassRole + sagemaker:CreateNotebookInstance", SAGEMAKER, ["sagemaker:CreateNotebookInstance"], { iamVulnerable: ["SageMaker-CreateNotebookPassRole"] }),
  newPassRole("sagemaker-002", "iam:PassRole + sagemaker:CreateTrainingJob", SAGEMAKER, ["sagemaker:CreateTrainingJob"], { iamVulnerable: ["SageMaker-CreateTrainingJobPassRole"] }),
  newPassRole("sagemaker-003", "iam:PassRole + sagemaker:CreateProcessingJob", SAGEMAKER, ["sagemaker:CreateProcessingJob"], { iamVulnerable: ["SageMaker-CreateProcessingJobPassRole"] }),
  existingResource("sagemaker-004", "sagemaker:CreatePresignedNotebookInstanceUrl", SAGEMAKER, existing("sagemaker:CreatePresignedNotebookInstanceUrl"), { iamVulnerable: ["SageMakerCreatePresignedNotebookURL"] }),
  existingResource("sagemaker-005", "sagemaker:CreateNotebookInstanceLifecycleConfig + StopNotebookInstance + UpdateNotebookInstance + StartNotebookInstance", SAGEMAKER, existing("sagemaker:CreateNotebookInstanceLifecycleConfig", "sagemaker:StopNotebookInstance", "sagemaker:UpdateNotebookInstance", "sagemaker:StartNotebookInstance")),
  existingResource("ssm-001", "ssm:StartSession", EC2, existing("ssm:StartSession"), { needsInstanceProfile: true, iamVulnerable: ["SSM-StartSession"] }),
  existingResource("ssm-002", "ssm:SendCommand", EC2, existing("ssm:SendCommand"), { needsInstanceProfile: true, iamVulnerable: ["SSM-SendCommand"] }),
];
