import { definePublicBucketCheck } from "@/lib/checks/s3/define-public-bucket-check";

export const s3BucketNoPublicRead = definePublicBucketCheck({
  kind: "read",
  id: "s3_bucket_no_public_read",
  title: "S3 buckets do not allow public read access",
  severity: "critical",
  rationale:
    "A bucket readable by anyone leaks every object in it. Vigil counts only grants that are really in effect: it ignores grants that Block Public Access neutralises, that conditions restrict to a VPC, endpoint, account or organization, or that a Deny cancels.",
  remediation: {
    console: [
      "Open the S3 console and choose <bucket-name>.",
      "On Permissions, edit Block public access and turn on all four settings (or at least RestrictPublicBuckets and IgnorePublicAcls).",
      'Edit the bucket policy to replace Principal "*" with named principals, and set Object Ownership to "Bucket owner enforced".',
    ],
    cli: "aws s3api put-public-access-block --bucket <bucket-name> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = "<bucket-name>"\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.2" },
    { framework: "cis-aws-7.0", requirement: "2.21" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
    { framework: "pci-dss-4.0", requirement: "1.4.2" },
  ],
});
