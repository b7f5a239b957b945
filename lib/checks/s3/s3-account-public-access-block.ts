import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import type { PublicAccessBlock } from "@/lib/checks/s3/bucket-configuration";
import { PAB_SETTINGS } from "@/lib/checks/s3/bucket-configuration";

export const s3AccountPublicAccessBlock: CheckDefinition = {
  id: "s3_account_public_access_block",
  title: "S3 Block Public Access is on for the whole account",
  service: "s3",
  resourceType: "AWS::S3::AccountPublicAccessBlock",
  severity: "high",
  rationale: "The account-level block overrides every bucket's settings, so one mistaken bucket policy or ACL cannot make data public.",
  remediation: {
    console: ["Open the S3 console > Block Public Access settings for this account.", "Choose Edit, select Block all public access, and confirm."],
    cli: "aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    terraform:
      'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.1" },
    { framework: "cis-aws-7.0", requirement: "3.1.4" },
    { framework: "cis-aws-5.0", requirement: "2.1.4" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { PublicAccessBlockConfiguration: ["GetPublicAccessBlock"] });
    if (missing) return missing;
    const config = resource.configuration.PublicAccessBlockConfiguration as PublicAccessBlock | null;
    const off = PAB_SETTINGS.filter((s) => !config?.[s]);
    return off.length === 0
      ? { status: "pass", reason: "All four account-level Block Public Access settings are on." }
      : { status: "fail", reason: `Account-level Block Public Access settings off: ${off.join(", ")}.`, evidence: config };
  },
};
