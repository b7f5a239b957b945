import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

export const s3BucketNoCrossAccountAccess: CheckDefinition = {
  id: "s3_bucket_no_cross_account_access",
  title: "S3 bucket policies grant nothing to other AWS accounts",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "medium",
  rationale:
    "Every account named in a bucket policy can use the bucket with its own credentials, outside your monitoring. Grants limited by aws:PrincipalOrgID to your organization are accepted; grants to anyone are reported by the public-access checks instead.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Permissions > Bucket policy > Edit.", "Remove or narrow statements that name <other-account-id>, or add an aws:PrincipalOrgID condition."],
    cli: "aws s3api get-bucket-policy --bucket <bucket-name> --query Policy --output text > policy.json\n# edit policy.json, then:\naws s3api put-bucket-policy --bucket <bucket-name> --policy file://policy.json",
    terraform: '# In aws_s3_bucket_policy "<bucket-name>", remove principals in other accounts or add:\n# condition { test = "StringEquals", variable = "aws:PrincipalOrgID", values = ["<org-id>"] }',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.6" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { Policy: ["GetBucketPolicy"] });
    if (missing) return missing;
    if (!resource.configuration.Policy) return { status: "pass", reason: "The bucket has no policy." };
    const access = classifyResourcePolicy(resource.configuration.Policy, { accountId: resource.accountId || inventory.accountId, service: "s3" });
    const cross = access.grants.filter((g) => g.scope === "cross-account");
    if (cross.length === 0) return { status: "pass", reason: "The bucket policy grants nothing to other named accounts." };
    const accounts = [...new Set(cross.flatMap((g) => g.accounts))];
    return {
      status: "fail",
      reason: `The bucket policy grants ${[...new Set(cross.flatMap((g) => g.accessLevels))].join("/")} access to account(s) ${accounts.join(", ") || "identified by canonical user"}.`,
      evidence: { exposure: "cross-account", accounts, grants: cross },
    };
  },
};
