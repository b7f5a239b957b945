import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

export const kmsKeyNotPublic: CheckDefinition = {
  id: "kms_key_not_public",
  title: "KMS key policies do not allow access to everyone",
  service: "kms",
  resourceType: "AWS::KMS::Key",
  severity: "critical",
  rationale:
    'A key policy with Principal "*" and no condition naming an account (kms:CallerAccount, aws:PrincipalAccount), organization or network lets any AWS principal use or manage the key, and so read everything it protects.',
  remediation: {
    console: ["Open the KMS console and choose <key-id>.", "On Key policy choose Edit, and replace Principal \"*\" with named principals or add a kms:CallerAccount condition for <account-id>."],
    cli: "aws kms get-key-policy --key-id <key-id> --policy-name default --output text > key-policy.json\n# edit key-policy.json, then:\naws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json",
    terraform:
      'resource "aws_kms_key_policy" "this" {\n  key_id = "<key-id>"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Sid = "AccountAdmin", Effect = "Allow", Principal = { AWS = "arn:aws:iam::<account-id>:root" }, Action = "kms:*", Resource = "*" }]\n  })\n}',
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "3.6.1" },
    { framework: "aws-fsbp", requirement: "KMS.5" },
    { framework: "cis-aws-7.0", requirement: "2.21" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { KeyPolicy: ["GetKeyPolicy"] });
    if (missing) return missing;
    const access = classifyResourcePolicy(resource.configuration.KeyPolicy, { accountId: resource.accountId || inventory.accountId, service: "kms" });
    const open = access.grants.filter((g) => g.scope === "public");
    if (open.length === 0) return { status: "pass", reason: "The key policy names who may use the key." };
    return {
      status: "fail",
      reason: `Anyone can call ${[...new Set(open.flatMap((g) => g.actions))].slice(0, 5).join(", ")}${open.flatMap((g) => g.actions).length > 5 ? ", ..." : ""} on this key.`,
      evidence: { exposure: "public", grants: open },
    };
  },
};
