import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const s3BucketMfaDelete: CheckDefinition = {
  id: "s3_bucket_mfa_delete",
  title: "S3 buckets have MFA Delete enabled",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "low",
  rationale: "MFA Delete requires the root user's MFA code to delete object versions or suspend versioning, so stolen credentials alone cannot destroy the history.",
  remediation: {
    console: ["MFA Delete cannot be enabled in the console.", "Use the CLI below with the root user's credentials and MFA device."],
    cli: 'aws s3api put-bucket-versioning --bucket <bucket-name> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account-id>:mfa/root-account-mfa-device <mfa-code>"',
    terraform:
      'resource "aws_s3_bucket_versioning" "this" {\n  bucket = "<bucket-name>"\n  mfa    = "<mfa-serial> <mfa-code>"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "3.1.2" },
    { framework: "cis-aws-5.0", requirement: "2.1.2" },
    { framework: "aws-fsbp", requirement: "S3.20" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Versioning: ["GetBucketVersioning"] });
    if (missing) return missing;
    const versioning = resource.configuration.Versioning as { Status?: string; MFADelete?: string } | null;
    return versioning?.MFADelete === "Enabled"
      ? { status: "pass", reason: "MFA Delete is enabled." }
      : { status: "fail", reason: "Object versions can be deleted without an MFA code.", evidence: { Versioning: versioning } };
  },
};
