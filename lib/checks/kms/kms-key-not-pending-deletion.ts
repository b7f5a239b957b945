import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { KeyMetadata } from "@/lib/checks/kms/key-metadata";
import { isCustomerManaged } from "@/lib/checks/kms/key-metadata";
import { requireData } from "@/lib/checks/require-data";

export const kmsKeyNotPendingDeletion: CheckDefinition = {
  id: "kms_key_not_pending_deletion",
  title: "Customer-managed KMS keys are not scheduled for deletion",
  service: "kms",
  resourceType: "AWS::KMS::Key",
  severity: "high",
  rationale: "Once a key is deleted, everything encrypted under it is lost for good. A scheduled deletion should be confirmed as intended before the waiting period ends.",
  remediation: {
    console: ["Open the KMS console and choose <key-id>.", "If the deletion is not intended, choose Key actions > Cancel key deletion, then re-enable the key."],
    cli: "aws kms cancel-key-deletion --key-id <key-id>\naws kms enable-key --key-id <key-id>",
    terraform: '# Keep the aws_kms_key resource for <key-id> in configuration (removing it schedules deletion); set deletion_window_in_days = 30.',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "KMS.3" },
    { framework: "nist-800-53-r5", requirement: "SC-12" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { KeyMetadata: ["DescribeKey"] });
    if (missing) return missing;
    const meta = resource.configuration.KeyMetadata as KeyMetadata;
    if (!isCustomerManaged(meta)) return { status: "not_applicable", reason: "AWS-managed keys cannot be deleted." };
    return meta.KeyState === "PendingDeletion"
      ? { status: "fail", reason: `The key will be deleted on ${meta.DeletionDate ?? "an unknown date"}.`, evidence: { KeyState: meta.KeyState, DeletionDate: meta.DeletionDate } }
      : { status: "pass", reason: `The key is ${meta.KeyState ?? "in an unknown state"}, not scheduled for deletion.` };
  },
};
