import { defineStaleServiceAccessCheck } from "@/lib/checks/iam/define-stale-service-access-check";

const BEDROCK =
  "Bedrock permissions nobody uses widen what a stolen credential can do: invoke foundation models on the account's bill, read prompts, knowledge bases and agent data, all without a usage pattern that would stand out.";
const BEDROCK_KEYS = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream", "bedrock:InvokeAgent", "bedrock:Retrieve", "bedrock:CreateModelCustomizationJob"];
const SAGEMAKER_KEYS = ["sagemaker:CreatePresignedNotebookInstanceUrl", "sagemaker:InvokeEndpoint", "sagemaker:CreateTrainingJob", "sagemaker:CreateNotebookInstance", "sagemaker:CreateProcessingJob"];
const SAGEMAKER =
  "SageMaker permissions nobody uses let a stolen credential open notebooks, start training jobs and read the data and models behind them; unused, they are risk without benefit.";

export const iamUserNoStaleBedrockAccess = defineStaleServiceAccessCheck({ kind: "user", namespace: "bedrock", label: "Amazon Bedrock", severity: "medium", rationale: BEDROCK, keyActions: BEDROCK_KEYS });
export const iamRoleNoStaleBedrockAccess = defineStaleServiceAccessCheck({ kind: "role", namespace: "bedrock", label: "Amazon Bedrock", severity: "medium", rationale: BEDROCK, keyActions: BEDROCK_KEYS });
export const iamUserNoStaleSagemakerAccess = defineStaleServiceAccessCheck({ kind: "user", namespace: "sagemaker", label: "Amazon SageMaker", severity: "medium", rationale: SAGEMAKER, keyActions: SAGEMAKER_KEYS });
export const iamRoleNoStaleSagemakerAccess = defineStaleServiceAccessCheck({ kind: "role", namespace: "sagemaker", label: "Amazon SageMaker", severity: "medium", rationale: SAGEMAKER, keyActions: SAGEMAKER_KEYS });
