import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

export const kmsKeyNoCrossAccountAccess: CheckDefinition = {
  id: "kms_key_no_cross_account_access",
  title: "KMS key policies grant nothing to other AWS accounts",
  service: "kms",
  resourceType: "AWS::KMS::Key",
  severity: "high",
  rationale: "Another account that can use a key can decrypt every copy of the data it protects, wherever that data travels; such sharing should be deliberate and reviewed.",
  remediation: {
    console: ["Open the KMS console and choose <key-id>.", "On Key policy choose Edit and remove statements naming <other-account-id> unless intended."],
    cli: "aws kms get-key-policy --key-id <key-id> --policy-name default --output text > key-policy.json\n# remove the statements for <other-account-id>, then:\naws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json",
    terraform: '# In aws_kms_key_policy for <key-id>, remove principals in <other-account-id>.',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "AC-3" }],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { KeyPolicy: ["GetKeyPolicy"] });
    if (missing) return missing;
    const access = classifyResourcePolicy(resource.configuration.KeyPolicy, { accountId: resource.accountId || inventory.accountId, service: "kms" });
    const cross = access.grants.filter((g) => g.scope === "cross-account");
    if (cross.length === 0) return { status: "pass", reason: "No other account is named in the key policy." };
    const accounts = [...new Set(cross.flatMap((g) => g.accounts))];
    return {
      status: "fail",
      reason: `Account(s) ${accounts.join(", ")} can call ${[...new Set(cross.flatMap((g) => g.actions))].slice(0, 4).join(", ")} on this key.`,
      evidence: { exposure: "cross-account", accounts, grants: cross },
    };
  },
};
