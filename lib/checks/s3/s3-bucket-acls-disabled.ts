import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { aclsDisabled } from "@/lib/checks/s3/bucket-configuration";

export const s3BucketAclsDisabled: CheckDefinition = {
  id: "s3_bucket_acls_disabled",
  title: "S3 buckets have ACLs disabled (Object Ownership: bucket owner enforced)",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "medium",
  rationale: "ACLs are a second, object-by-object permission system that policies and reviews easily miss; with ACLs disabled only policies decide access.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Permissions.", "Under Object Ownership choose Edit > ACLs disabled (Bucket owner enforced) and save."],
    cli: "aws s3api put-bucket-ownership-controls --bucket <bucket-name> --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'",
    terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = "<bucket-name>"\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.12" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { OwnershipControls: ["GetBucketOwnershipControls"] });
    if (missing) return missing;
    return aclsDisabled(resource)
      ? { status: "pass", reason: "ACLs are disabled; only policies grant access." }
      : { status: "fail", reason: "ACLs still grant access on this bucket or its objects.", evidence: { OwnershipControls: resource.configuration.OwnershipControls } };
  },
};
