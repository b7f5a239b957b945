import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export interface EncryptionRule {
  ApplyServerSideEncryptionByDefault?: { SSEAlgorithm?: string; KMSMasterKeyID?: string };
  BucketKeyEnabled?: boolean;
}

export const s3BucketDefaultEncryption: CheckDefinition = {
  id: "s3_bucket_default_encryption",
  title: "S3 buckets have default encryption configured",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "medium",
  rationale: "Default encryption protects objects at rest. Since January 2023 AWS applies SSE-S3 to new buckets automatically, so a failure here usually means the configuration could not be confirmed or was removed.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Properties > Default encryption > Edit.", "Choose SSE-KMS (or SSE-S3) and save."],
    cli: 'aws s3api put-bucket-encryption --bucket <bucket-name> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<kms-key-arn>"},"BucketKeyEnabled":true}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = "<bucket-name>"\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = "<kms-key-arn>"\n    }\n    bucket_key_enabled = true\n  }\n}',
  },
  compliance: [
    { framework: "nist-800-53-r5", requirement: "SC-28(1)" },
    { framework: "pci-dss-4.0", requirement: "3.5.1" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Encryption: ["GetBucketEncryption"] });
    if (missing) return missing;
    const rules = (resource.configuration.Encryption as { Rules?: EncryptionRule[] } | null)?.Rules ?? [];
    const algorithm = rules.find((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm)?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm;
    return algorithm
      ? { status: "pass", reason: `Objects are encrypted by default with ${algorithm}.` }
      : { status: "fail", reason: "The bucket has no default encryption rule.", evidence: { Encryption: resource.configuration.Encryption } };
  },
};
