import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const s3BucketLifecycleConfigured: CheckDefinition = {
  id: "s3_bucket_lifecycle_configured",
  title: "S3 buckets have an enabled lifecycle rule",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "low",
  rationale: "Without lifecycle rules, old versions and forgotten objects are kept forever: more data to leak and more cost.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Management.", "Choose Create lifecycle rule, set expirations for current and noncurrent versions, and save."],
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket-name> --lifecycle-configuration \'{"Rules":[{"ID":"expire-old-versions","Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":90}}]}\'',
    terraform:
      'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = "<bucket-name>"\n  rule {\n    id     = "expire-old-versions"\n    status = "Enabled"\n    filter {}\n    noncurrent_version_expiration {\n      noncurrent_days = 90\n    }\n  }\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.13" },
    { framework: "aws-fsbp", requirement: "S3.10" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Lifecycle: ["GetBucketLifecycleConfiguration"] });
    if (missing) return missing;
    const rules = (resource.configuration.Lifecycle as { Rules?: { Status?: string }[] } | null)?.Rules ?? [];
    return rules.some((r) => r.Status === "Enabled")
      ? { status: "pass", reason: `${rules.filter((r) => r.Status === "Enabled").length} lifecycle rule(s) are enabled.` }
      : { status: "fail", reason: "The bucket has no enabled lifecycle rule." };
  },
};
