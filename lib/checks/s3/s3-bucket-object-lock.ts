import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const s3BucketObjectLock: CheckDefinition = {
  id: "s3_bucket_object_lock",
  title: "S3 buckets have Object Lock enabled",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "low",
  rationale: "Object Lock (write once, read many) stops objects being deleted or overwritten for a retention period, even by an administrator in compliance mode: a strong defence for backups and logs against ransomware.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Properties > Object Lock > Edit.", "Enable Object Lock (versioning must be on) and set a default retention."],
    cli: 'aws s3api put-object-lock-configuration --bucket <bucket-name> --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":30}}}\'',
    terraform: 'resource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = "<bucket-name>"\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 30\n    }\n  }\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.15" },
    { framework: "nist-800-53-r5", requirement: "SI-7(1)" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { ObjectLock: ["GetObjectLockConfiguration"] });
    if (missing) return missing;
    const lock = resource.configuration.ObjectLock as { ObjectLockEnabled?: string } | null;
    return lock?.ObjectLockEnabled === "Enabled"
      ? { status: "pass", reason: "Object Lock is enabled." }
      : { status: "fail", reason: "Object Lock is not enabled." };
  },
};
