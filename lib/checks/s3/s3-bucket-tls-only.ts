import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { matchesAnyAction } from "@/lib/policy/expand-actions";
import { matchGlob } from "@/lib/policy/glob";
import { policyStatements } from "@/lib/policy/parse-policy";
import type { ParsedStatement } from "@/lib/policy/parsed-policy";

export const s3BucketTlsOnly: CheckDefinition = {
  id: "s3_bucket_tls_only",
  title: "S3 bucket policies deny requests not made over TLS",
  service: "s3",
  resourceType: "AWS::S3::Bucket",
  severity: "medium",
  rationale: "S3 accepts plain HTTP unless the bucket policy denies it; without TLS, data and request signatures travel readable on the network.",
  remediation: {
    console: ["Open the S3 console, choose <bucket-name> > Permissions > Bucket policy > Edit.", "Add the statement below and save."],
    cli: 'aws s3api put-bucket-policy --bucket <bucket-name> --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket-name>","arn:aws:s3:::<bucket-name>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'\n# merge with the existing policy first: aws s3api get-bucket-policy --bucket <bucket-name>',
    terraform:
      'data "aws_iam_policy_document" "tls_only" {\n  statement {\n    effect    = "Deny"\n    actions   = ["s3:*"]\n    resources = ["arn:aws:s3:::<bucket-name>", "arn:aws:s3:::<bucket-name>/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "Bool"\n      variable = "aws:SecureTransport"\n      values   = ["false"]\n    }\n  }\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "S3.5" },
    { framework: "cis-aws-7.0", requirement: "3.1.1" },
    { framework: "cis-aws-5.0", requirement: "2.1.1" },
    { framework: "nist-800-53-r5", requirement: "SC-8" },
    { framework: "pci-dss-4.0", requirement: "4.2.1" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Policy: ["GetBucketPolicy"] });
    if (missing) return missing;
    const bucket = resource.name;
    const denies = policyStatements(resource.configuration.Policy, "resource").filter((s) => deniesInsecureTransport(s, bucket));
    return denies.length > 0
      ? { status: "pass", reason: "The bucket policy denies every request made without TLS.", evidence: denies.map((s) => s.raw) }
      : { status: "fail", reason: "No bucket policy statement denies requests where aws:SecureTransport is false.", evidence: { Policy: resource.configuration.Policy ?? null } };
  },
};

function deniesInsecureTransport(s: ParsedStatement, bucket: string): boolean {
  if (s.effect !== "Deny" || !s.principals?.some((p) => p.kind === "anyone")) return false;
  if (!s.actions || !matchesAnyAction(s.actions, "s3:GetObject") || !matchesAnyAction(s.actions, "s3:PutObject")) return false;
  const resources = s.resources ?? [];
  const coversObjects = resources.some((r) => matchGlob(r, `arn:aws:s3:::${bucket}/any-object`));
  if (!coversObjects) return false;
  return s.conditions.some((c) => c.base === "bool" && c.set === null && c.keyLower === "aws:securetransport" && c.values.includes("false"));
}
