import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { KeyMetadata } from "@/lib/checks/kms/key-metadata";
import { isCustomerManaged } from "@/lib/checks/kms/key-metadata";
import { requireData } from "@/lib/checks/require-data";

export const kmsKeyNotDisabled: CheckDefinition = {
  id: "kms_key_not_disabled",
  title: "Customer-managed KMS keys are not left disabled",
  service: "kms",
  resourceType: "AWS::KMS::Key",
  severity: "low",
  rationale: "A disabled key makes the data it protects unreadable; it is either a mistake breaking something or a key that should be scheduled for deletion deliberately.",
  remediation: {
    console: ["Open the KMS console and choose <key-id>.", "Choose Key actions > Enable if it is still needed, or Schedule key deletion (30 days) if not."],
    cli: "aws kms enable-key --key-id <key-id>\n# or, if unused:\naws kms schedule-key-deletion --key-id <key-id> --pending-window-in-days 30",
    terraform: 'resource "aws_kms_key" "this" {\n  is_enabled = true\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "SC-12" }],
  evaluate(resource) {
    const missing = requireData(resource, { KeyMetadata: ["DescribeKey"] });
    if (missing) return missing;
    const meta = resource.configuration.KeyMetadata as KeyMetadata;
    if (!isCustomerManaged(meta)) return { status: "not_applicable", reason: "AWS-managed keys are managed by AWS." };
    return meta.KeyState === "Disabled"
      ? { status: "fail", reason: "The key is disabled: data encrypted under it cannot be decrypted.", evidence: { KeyState: meta.KeyState } }
      : { status: "pass", reason: `The key is ${meta.KeyState ?? "in an unknown state"}.` };
  },
};
