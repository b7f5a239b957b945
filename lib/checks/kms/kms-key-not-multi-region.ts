import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { KeyMetadata } from "@/lib/checks/kms/key-metadata";
import { isCustomerManaged } from "@/lib/checks/kms/key-metadata";
import { requireData } from "@/lib/checks/require-data";

export const kmsKeyNotMultiRegion: CheckDefinition = {
  id: "kms_key_not_multi_region",
  title: "Customer-managed KMS keys are single-Region unless replication is intended",
  service: "kms",
  resourceType: "AWS::KMS::Key",
  severity: "low",
  rationale: "Multi-Region keys share key material across Regions: each replica has its own key policy to keep in step, and data encrypted in one Region can be decrypted in another. Use them only where that is the design, and exclude those keys here.",
  remediation: {
    console: ["Open the KMS console > Customer managed keys and choose <key-id>.", "If replication is not needed, create a single-Region key, re-encrypt the data under it, and schedule the multi-Region key (and its replicas) for deletion."],
    cli: "aws kms create-key --no-multi-region --description <description>\naws kms schedule-key-deletion --key-id <key-id> --pending-window-in-days 30",
    terraform: 'resource "aws_kms_key" "this" {\n  description  = "<description>"\n  multi_region = false\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "SC-12" }],
  evaluate(resource) {
    const missing = requireData(resource, { KeyMetadata: ["DescribeKey"] });
    if (missing) return missing;
    const meta = resource.configuration.KeyMetadata as KeyMetadata;
    if (!isCustomerManaged(meta)) return { status: "not_applicable", reason: "AWS-managed keys are single-Region and managed by AWS." };
    return meta.MultiRegion
      ? { status: "fail", reason: "The key is a multi-Region key: its key material is shared with replicas in other Regions.", evidence: { MultiRegion: true, KeyId: meta.KeyId } }
      : { status: "pass", reason: "The key is a single-Region key." };
  },
};
