# Least-privilege read-only role for Vigil (IAM, S3, Lambda, KMS posture scanning).
# Grants only the read actions Vigil's collectors call; no data reads.

variable "vigil_principal_account_id" {
  description = "The AWS account Vigil runs in (its credentials assume this role)."
  type        = string
}

variable "vigil_external_id" {
  description = "The external id configured for this account in Vigil."
  type        = string
  sensitive   = true
}

data "aws_partition" "current" {}

data "aws_iam_policy_document" "vigil_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${var.vigil_principal_account_id}:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = [var.vigil_external_id]
    }
  }
}

data "aws_iam_policy_document" "vigil_read_only" {
  statement {
    sid       = "VigilCollectorsRead"
    effect    = "Allow"
    resources = ["*"]
    actions = [
      "access-analyzer:ListAnalyzers",
      "account:ListRegions",
      "iam:GenerateCredentialReport",
      "iam:GenerateServiceLastAccessedDetails",
      "iam:GetAccessKeyLastUsed",
      "iam:GetAccountAuthorizationDetails",
      "iam:GetAccountPasswordPolicy",
      "iam:GetAccountSummary",
      "iam:GetCredentialReport",
      "iam:GetLoginProfile",
      "iam:GetOpenIDConnectProvider",
      "iam:GetServiceLastAccessedDetails",
      "iam:ListAccessKeys",
      "iam:ListMFADevices",
      "iam:ListOpenIDConnectProviders",
      "iam:ListSAMLProviders",
      "iam:ListServerCertificates",
      "iam:ListVirtualMFADevices",
      "kms:DescribeKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ListAliases",
      "kms:ListGrants",
      "kms:ListKeys",
      "kms:ListResourceTags",
      "lambda:GetFunctionCodeSigningConfig",
      "lambda:GetFunctionConcurrency",
      "lambda:GetLayerVersion",
      "lambda:GetLayerVersionPolicy",
      "lambda:GetPolicy",
      "lambda:ListAliases",
      "lambda:ListEventSourceMappings",
      "lambda:ListFunctionUrlConfigs",
      "lambda:ListFunctions",
      "lambda:ListTags",
      "lambda:ListVersionsByFunction",
      "s3:GetAccessPoint",
      "s3:GetAccessPointPolicy",
      "s3:GetAccessPointPolicyStatus",
      "s3:GetAccountPublicAccessBlock",
      "s3:GetBucketAcl",
      "s3:GetBucketCORS",
      "s3:GetBucketLocation",
      "s3:GetBucketLogging",
      "s3:GetBucketObjectLockConfiguration",
      "s3:GetBucketOwnershipControls",
      "s3:GetBucketPolicy",
      "s3:GetBucketPolicyStatus",
      "s3:GetBucketPublicAccessBlock",
      "s3:GetBucketTagging",
      "s3:GetBucketVersioning",
      "s3:GetBucketWebsite",
      "s3:GetEncryptionConfiguration",
      "s3:GetLifecycleConfiguration",
      "s3:GetReplicationConfiguration",
      "s3:ListAccessPoints",
      "s3:ListAllMyBuckets",
    ]
  }
}

resource "aws_iam_role" "vigil_read_only" {
  name                 = "VigilReadOnly"
  description          = "Read-only access for Vigil security scans (session name vigil-scan)."
  max_session_duration = 3600
  assume_role_policy   = data.aws_iam_policy_document.vigil_trust.json
}

resource "aws_iam_role_policy" "vigil_read_only" {
  name   = "vigil-read-only"
  role   = aws_iam_role.vigil_read_only.id
  policy = data.aws_iam_policy_document.vigil_read_only.json
}

output "vigil_role_arn" {
  value = aws_iam_role.vigil_read_only.arn
}
