import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const s3BucketVersioningEnabled: CheckDefinition = {
  id: "s3_bucket_versioning_enabled",
  title: "S3 buckets have versioning enabled",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "low",
  rationale: "Versioning keeps earlier copies of every object, so an accidental overwrite, a deletion or ransomware encryption can be rolled back.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Properties.", "Under Bucket Versioning choose Edit > Enable and save."],
    cli: "aws s3api put-bucket-versioning --bucket <bucket-name> --versioning-configuration Status=Enabled",
    terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = "<bucket-name>"\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.14" },
    { framework: "nist-800-53-r5", requirement: "CP-10" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Versioning: ["GetBucketVersioning"] });
    if (missing) return missing;
    const status = (resource.configuration.Versioning as { Status?: string } | null)?.Status;
    if (status === "Enabled") return { status: "pass", reason: "Versioning is enabled." };
    return {
      status: "fail",
      reason: status === "Suspended" ? "Versioning was enabled but is now suspended." : "Versioning has never been enabled.",
      evidence: { Versioning: resource.configuration.Versioning },
    };
  },
};
