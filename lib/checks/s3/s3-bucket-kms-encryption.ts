import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import type { EncryptionRule } from "@/lib/checks/s3/s3-bucket-default-encryption";

export const s3BucketKmsEncryption: CheckDefinition = {
  id: "s3_bucket_kms_encryption",
  title: "S3 buckets encrypt by default with AWS KMS keys",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "low",
  rationale: "SSE-KMS adds a second, separately audited permission (kms:Decrypt) to read objects and logs every key use in CloudTrail; SSE-S3 does not.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Properties > Default encryption > Edit.", "Choose SSE-KMS or DSSE-KMS, select <kms-key-arn>, enable Bucket Key, and save."],
    cli: 'aws s3api put-bucket-encryption --bucket <bucket-name> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<kms-key-arn>"},"BucketKeyEnabled":true}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = "<bucket-name>"\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = "<kms-key-arn>"\n    }\n    bucket_key_enabled = true\n  }\n}',
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "3.5.1" },
    { framework: "aws-fsbp", requirement: "S3.17" },
    { framework: "nist-800-53-r5", requirement: "SC-28(1)" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Encryption: ["GetBucketEncryption"] });
    if (missing) return missing;
    const rules = (resource.configuration.Encryption as { Rules?: EncryptionRule[] } | null)?.Rules ?? [];
    const algorithms = rules.map((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm).filter((a): a is string => !!a);
    return algorithms.some((a) => a.startsWith("aws:kms"))
      ? { status: "pass", reason: `Default encryption uses ${algorithms.join(", ")}.` }
      : { status: "fail", reason: `Default encryption is ${algorithms.join(", ") || "not configured"}, not an AWS KMS key.`, evidence: { Encryption: resource.configuration.Encryption } };
  },
};
