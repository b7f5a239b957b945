import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { effectivePublicAccessBlock } from "@/lib/checks/s3/bucket-configuration";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

/**
 * AWS's own verdict (GetBucketPolicyStatus) as a cross-check of Vigil's policy analysis: when the two disagree
 * the reason says so, because one of them is missing something a person should look at.
 */
export const s3BucketPolicyStatusNotPublic: CheckDefinition = {
  id: "s3_bucket_policy_status_not_public",
  title: "AWS does not report the bucket policy as public",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "high",
  rationale: "S3 computes its own IsPublic verdict for every bucket policy. Reporting it next to Vigil's analysis catches what either one misses, such as a condition AWS does not count as restricting.",
  remediation: {
    console: ["Open the S3 console and choose <bucket-name>.", "On Permissions, edit the bucket policy so that no statement allows Principal \"*\" without a restricting condition, or turn on Block Public Access."],
    cli: "aws s3api get-bucket-policy-status --bucket <bucket-name>\naws s3api put-public-access-block --bucket <bucket-name> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    terraform: 'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = "<bucket-name>"\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.2" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { PolicyStatus: ["GetBucketPolicyStatus"], Policy: ["GetBucketPolicy"] });
    if (missing) return missing;
    const status = resource.configuration.PolicyStatus as { IsPublic?: boolean } | null;
    if (!status || resource.configuration.Policy === null) return { status: "not_applicable", reason: "The bucket has no bucket policy." };
    const vigilPublic = classifyResourcePolicy(resource.configuration.Policy, { accountId: resource.accountId || inventory.accountId, service: "s3" }).exposure === "public";
    const restricted = effectivePublicAccessBlock(resource, inventory).RestrictPublicBuckets;
    if (status.IsPublic === true) {
      const note = vigilPublic ? "" : " Vigil's own analysis found the public statements restricted: check the conditions AWS does not count.";
      const blocked = restricted ? " RestrictPublicBuckets currently limits access to AWS principals and this account." : "";
      return { status: "fail", reason: `S3 reports the bucket policy as public.${blocked}${note}`, evidence: { exposure: "public", PolicyStatus: status, vigilPublic } };
    }
    const disagree = vigilPublic && !restricted ? " Vigil's analysis finds a public grant that S3 does not: see s3_bucket_no_public_read / _write." : "";
    return { status: "pass", reason: `S3 does not report the bucket policy as public.${disagree}`, evidence: { PolicyStatus: status, vigilPublic } };
  },
};
