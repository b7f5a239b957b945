import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

interface ReplicationRule {
  Status?: string;
  Destination?: { Bucket?: string };
}

export const s3BucketCrossRegionReplication: CheckDefinition = {
  id: "s3_bucket_replication_enabled",
  title: "S3 buckets replicate to another bucket",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "low",
  rationale: "A replica survives the loss of the source bucket, its region or its account (when replicated elsewhere). Vigil cannot see the destination's region from the source, so any enabled rule passes.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Management > Replication rules.", "Create a rule replicating to <destination-bucket-name> in another region, with an IAM role S3 can assume."],
    cli: 'aws s3api put-bucket-replication --bucket <bucket-name> --replication-configuration \'{"Role":"arn:aws:iam::<account-id>:role/<replication-role>","Rules":[{"Status":"Enabled","Priority":1,"Filter":{},"DeleteMarkerReplication":{"Status":"Disabled"},"Destination":{"Bucket":"arn:aws:s3:::<destination-bucket-name>"}}]}\'',
    terraform:
      'resource "aws_s3_bucket_replication_configuration" "this" {\n  bucket = "<bucket-name>"\n  role   = "arn:aws:iam::<account-id>:role/<replication-role>"\n  rule {\n    status = "Enabled"\n    filter {}\n    delete_marker_replication {\n      status = "Disabled"\n    }\n    destination {\n      bucket = "arn:aws:s3:::<destination-bucket-name>"\n    }\n  }\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.7" },
    { framework: "nist-800-53-r5", requirement: "CP-10" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Replication: ["GetBucketReplication"] });
    if (missing) return missing;
    const rules = (resource.configuration.Replication as { Rules?: ReplicationRule[] } | null)?.Rules ?? [];
    const enabled = rules.filter((r) => r.Status === "Enabled");
    return enabled.length > 0
      ? { status: "pass", reason: `Replicates to ${enabled.map((r) => r.Destination?.Bucket ?? "a destination").join(", ")}.` }
      : { status: "fail", reason: "The bucket has no enabled replication rule." };
  },
};
