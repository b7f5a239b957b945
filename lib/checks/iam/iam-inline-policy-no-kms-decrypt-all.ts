import type { CheckDefinition } from "@/lib/checks/check-definition";
import { findKmsDecryptAllKeys } from "@/lib/checks/iam/find-kms-decrypt-all-keys";
import type { InlinePolicy } from "@/lib/checks/iam/iam-configuration";
import { KMS_DECRYPT_REMEDIATION_TERRAFORM } from "@/lib/checks/iam/iam-customer-policy-no-kms-decrypt-all";
import { requireData } from "@/lib/checks/require-data";

const KINDS = [
  { label: "user", type: "AWS::IAM::User", detail: "User", list: "UserPolicyList" },
  { label: "role", type: "AWS::IAM::Role", detail: "Role", list: "RolePolicyList" },
  { label: "group", type: "AWS::IAM::Group", detail: "Group", list: "GroupPolicyList" },
] as const;

function define(kind: (typeof KINDS)[number]): CheckDefinition {
  return {
    id: `iam_${kind.label}_inline_policy_no_kms_decrypt_all_keys`,
    title: `IAM ${kind.label} inline policies do not allow decryption with every KMS key`,
    service: "iam",
    resourceType: kind.type,
    severity: "medium",
    rationale: 'kms:Decrypt on Resource "*" in an inline policy reaches data under any key whose key policy defers to IAM, and is invisible in policy lists.',
    remediation: {
      console: [`Open the IAM console, choose the ${kind.label} <${kind.label}-name> > Permissions.`, 'Edit the inline policy allowing kms:Decrypt / kms:ReEncryptFrom and list the key ARNs instead of "*".'],
      cli: `aws iam put-${kind.label}-policy --${kind.label}-name <${kind.label}-name> --policy-name <policy-name> --policy-document file://scoped-policy.json`,
      terraform: KMS_DECRYPT_REMEDIATION_TERRAFORM,
    },
    compliance: [
      { framework: "aws-fsbp", requirement: "KMS.2" },
      { framework: "nist-800-53-r5", requirement: "AC-6" },
    ],
    evaluate(resource) {
      const missing = requireData(resource, { [kind.detail]: ["GetAccountAuthorizationDetails"] });
      if (missing) return missing;
      const policies = ((resource.configuration[kind.detail] as Record<string, unknown>)[kind.list] as InlinePolicy[] | undefined) ?? [];
      if (policies.length === 0) return { status: "not_applicable", reason: `The ${kind.label} has no inline policies.` };
      const found = policies.filter((p) => findKmsDecryptAllKeys(p.PolicyDocument).length > 0);
      return found.length === 0
        ? { status: "pass", reason: "No inline policy allows decryption with every key." }
        : { status: "fail", reason: `Inline ${found.length === 1 ? "policy" : "policies"} ${found.map((p) => p.PolicyName).join(", ")} ${found.length === 1 ? "allows" : "allow"} kms:Decrypt on all keys.`, evidence: found };
    },
  };
}

export const iamUserInlinePolicyNoKmsDecryptAll = define(KINDS[0]);
export const iamRoleInlinePolicyNoKmsDecryptAll = define(KINDS[1]);
export const iamGroupInlinePolicyNoKmsDecryptAll = define(KINDS[2]);
