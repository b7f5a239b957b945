import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import type { PublicAccessBlock } from "@/lib/checks/s3/bucket-configuration";
import { PAB_SETTINGS } from "@/lib/checks/s3/bucket-configuration";

export const s3AccessPointPublicAccessBlock: CheckDefinition = {
  id: "s3_access_point_public_access_block",
  title: "S3 access points have Block Public Access on",
  service: "s3",
  resourceType: "AWS::S3::AccessPoint",
  severity: "high",
  rationale: "An access point's block settings can only be set when it is created; an access point without them can expose its bucket through its own policy.",
  remediation: {
    console: ["Access point block settings cannot be changed after creation.", "Create a replacement access point with all Block Public Access settings on, move clients to it, then delete <access-point-name>."],
    cli: "aws s3control create-access-point --account-id <account-id> --name <access-point-name>-v2 --bucket <bucket-name> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    terraform:
      'resource "aws_s3_access_point" "this" {\n  bucket = "<bucket-name>"\n  name   = "<access-point-name>"\n  public_access_block_configuration {\n    block_public_acls       = true\n    ignore_public_acls      = true\n    block_public_policy     = true\n    restrict_public_buckets = true\n  }\n}',
  },
  compliance: [{ framework: "aws-fsbp", requirement: "S3.19" }],
  evaluate(resource) {
    const missing = requireData(resource, { PublicAccessBlockConfiguration: ["GetAccessPoint"] });
    if (missing) return missing;
    const config = resource.configuration.PublicAccessBlockConfiguration as PublicAccessBlock | null;
    const off = PAB_SETTINGS.filter((s) => !config?.[s]);
    return off.length === 0
      ? { status: "pass", reason: "All Block Public Access settings are on for this access point." }
      : { status: "fail", reason: `Access point Block Public Access settings off: ${off.join(", ")}.`, evidence: config };
  },
};
