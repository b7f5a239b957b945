import { definePublicBucketCheck } from "@/lib/checks/s3/define-public-bucket-check";

export const s3BucketNoPublicWrite = definePublicBucketCheck({
  kind: "write",
  id: "s3_bucket_no_public_write",
  title: "S3 buckets do not allow public write access",
  severity: "critical",
  rationale:
    "A publicly writable bucket can be filled with malware, used to host phishing, or have its data overwritten or deleted; a writable policy can even be replaced by the attacker.",
  remediation: {
    console: [
      "Open the S3 console and choose <bucket-name>.",
      "On Permissions, turn on all four Block public access settings.",
      "Remove bucket policy statements and ACL grants that give everyone Put, Delete or ACL-changing permissions.",
    ],
    cli: "aws s3api put-public-access-block --bucket <bucket-name> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\naws s3api put-bucket-acl --bucket <bucket-name> --acl private",
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = "<bucket-name>"\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.3" },
    { framework: "cis-aws-7.0", requirement: "2.21" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
    { framework: "pci-dss-4.0", requirement: "1.4.2" },
  ],
});
