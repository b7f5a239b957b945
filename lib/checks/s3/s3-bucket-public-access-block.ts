import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { effectivePublicAccessBlock, PAB_SETTINGS } from "@/lib/checks/s3/bucket-configuration";

export const s3BucketPublicAccessBlock: CheckDefinition = {
  id: "s3_bucket_public_access_block",
  title: "S3 buckets have Block Public Access on (bucket or account level)",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "high",
  rationale: "Block Public Access is the safety net under bucket policies and ACLs. The account-level setting counts: a bucket is covered when either level turns each setting on.",
  remediation: {
    console: ["Open the S3 console and choose <bucket-name>.", "On Permissions > Block public access (bucket settings) choose Edit, select Block all public access, and save."],
    cli: "aws s3api put-public-access-block --bucket <bucket-name> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = "<bucket-name>"\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.8" },
    { framework: "cis-aws-7.0", requirement: "3.1.4" },
    { framework: "cis-aws-5.0", requirement: "2.1.4" },
  ],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { PublicAccessBlock: ["GetPublicAccessBlock"] });
    if (missing) return missing;
    const effective = effectivePublicAccessBlock(resource, inventory);
    const off = PAB_SETTINGS.filter((s) => !effective[s]);
    return off.length === 0
      ? { status: "pass", reason: "All four Block Public Access settings apply to this bucket." }
      : { status: "fail", reason: `Block Public Access settings off at both bucket and account level: ${off.join(", ")}.`, evidence: effective };
  },
};
