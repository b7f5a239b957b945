import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { KeyMetadata } from "@/lib/checks/kms/key-metadata";
import { isCustomerManaged } from "@/lib/checks/kms/key-metadata";
import { requireData } from "@/lib/checks/require-data";

export const kmsKeyRotationEnabled: CheckDefinition = {
  id: "kms_key_rotation_enabled",
  title: "Customer-managed symmetric KMS keys rotate automatically",
  service: "kms",
  resourceType: "AWS::KMS::Key",
  severity: "medium",
  rationale: "Automatic rotation limits how much data one key version protects; old versions stay available for decryption, so it costs nothing in availability.",
  remediation: {
    console: ["Open the KMS console > Customer managed keys and choose <key-id>.", "On Key rotation, select Automatically rotate this KMS key (every 365 days or a shorter period) and save."],
    cli: "aws kms enable-key-rotation --key-id <key-id> --rotation-period-in-days 365",
    terraform: 'resource "aws_kms_key" "this" {\n  enable_key_rotation     = true\n  rotation_period_in_days = 365\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "KMS.4" },
    { framework: "cis-aws-7.0", requirement: "4.6" },
    { framework: "cis-aws-5.0", requirement: "3.6" },
    { framework: "nist-800-53-r5", requirement: "SC-12" },
    { framework: "pci-dss-4.0", requirement: "3.7.4" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { KeyMetadata: ["DescribeKey"] });
    if (missing) return missing;
    const meta = resource.configuration.KeyMetadata as KeyMetadata;
    if (!isCustomerManaged(meta)) return { status: "not_applicable", reason: "AWS-managed keys are rotated by AWS." };
    if (meta.KeySpec !== "SYMMETRIC_DEFAULT" || meta.Origin === "EXTERNAL" || meta.KeyUsage !== "ENCRYPT_DECRYPT") {
      return { status: "not_applicable", reason: "Automatic rotation only exists for symmetric encryption keys with KMS-generated material." };
    }
    if (meta.KeyState === "PendingDeletion") return { status: "not_applicable", reason: "The key is scheduled for deletion." };
    const rotationMissing = requireData(resource, { Rotation: ["GetKeyRotationStatus"] });
    if (rotationMissing) return rotationMissing;
    const rotation = resource.configuration.Rotation as { KeyRotationEnabled?: boolean; RotationPeriodInDays?: number } | null;
    // The collector stores null when rotation does not apply to the key (see docs/RESOURCE-TYPES.md).
    if (rotation === null) return { status: "not_applicable", reason: "Automatic rotation does not apply to this key." };
    return rotation.KeyRotationEnabled
      ? { status: "pass", reason: `The key rotates every ${rotation.RotationPeriodInDays ?? 365} days.` }
      : { status: "fail", reason: "Automatic rotation is off for this customer-managed key.", evidence: { Rotation: rotation } };
  },
};
