import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const s3BucketServerAccessLogging: CheckDefinition = {
  id: "s3_bucket_server_access_logging",
  title: "S3 buckets have server access logging enabled",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "low",
  rationale: "Access logs record every request, including anonymous ones CloudTrail data events may not cover; they are the evidence after an exposure.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Properties.", "Under Server access logging choose Edit > Enable, pick <log-bucket-name> as destination, and save."],
    cli: 'aws s3api put-bucket-logging --bucket <bucket-name> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket-name>","TargetPrefix":"<bucket-name>/"}}\'',
    terraform: 'resource "aws_s3_bucket_logging" "this" {\n  bucket        = "<bucket-name>"\n  target_bucket = "<log-bucket-name>"\n  target_prefix = "<bucket-name>/"\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.9" },
    { framework: "pci-dss-4.0", requirement: "10.2.1" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Logging: ["GetBucketLogging"] });
    if (missing) return missing;
    const logging = resource.configuration.Logging as { TargetBucket?: string } | null;
    return logging?.TargetBucket
      ? { status: "pass", reason: `Access logs go to ${logging.TargetBucket}.` }
      : { status: "fail", reason: "Server access logging is off." };
  },
};
