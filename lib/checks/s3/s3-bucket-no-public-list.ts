import type { CheckDefinition } from "@/lib/checks/check-definition";
import { describeAclGrant, findPublicBucketAccess } from "@/lib/checks/s3/find-public-bucket-access";

const LIST_ACTIONS = new Set(["s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads"]);

export const s3BucketNoPublicList: CheckDefinition = {
  id: "s3_bucket_no_public_list",
  title: "S3 buckets do not let anyone list their objects",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "high",
  rationale: "A public listing hands out every object key, which is how leaked backups and exports are found; even a bucket that serves public files rarely needs to be listable.",
  remediation: {
    console: ["Open the S3 console and choose <bucket-name>.", "On Permissions, remove READ for Everyone / Authenticated users from the ACL (or set Object Ownership to Bucket owner enforced), and remove s3:ListBucket for Principal \"*\" from the bucket policy."],
    cli: "aws s3api put-bucket-acl --bucket <bucket-name> --acl private\naws s3api put-bucket-ownership-controls --bucket <bucket-name> --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'",
    terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = "<bucket-name>"\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "1.4.2" },
    { framework: "aws-fsbp", requirement: "S3.2" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource, { inventory }) {
    const access = findPublicBucketAccess(resource, inventory, "read");
    if ("status" in access) return access;
    const policy = access.policyGrants.filter((g) => g.actions.some((a) => LIST_ACTIONS.has(a)));
    const acl = access.aclGrants.filter((g) => g.Permission === "READ" || g.Permission === "FULL_CONTROL");
    if (policy.length === 0 && acl.length === 0) {
      const note = access.neutralised.length > 0 ? ` Public grants exist but are neutralised: ${access.neutralised.join(", ")}.` : "";
      return { status: "pass", reason: `Nobody outside can list the bucket.${note}` };
    }
    const sources = [...(policy.length > 0 ? ["the bucket policy (s3:ListBucket)"] : []), ...acl.map((g) => `the ACL: ${describeAclGrant(g)}`)];
    return { status: "fail", reason: `Anyone can list the bucket's objects through ${sources.join(" and ")}.`, evidence: { exposure: "public", policyGrants: policy, aclGrants: acl } };
  },
};
