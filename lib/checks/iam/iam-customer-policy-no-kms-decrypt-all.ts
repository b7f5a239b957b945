import type { CheckDefinition } from "@/lib/checks/check-definition";
import { findKmsDecryptAllKeys } from "@/lib/checks/iam/find-kms-decrypt-all-keys";
import type { ManagedPolicyDetail } from "@/lib/checks/iam/iam-configuration";
import { defaultPolicyDocument } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const KMS_DECRYPT_REMEDIATION_TERRAFORM =
  'data "aws_iam_policy_document" "decrypt" {\n  statement {\n    actions   = ["kms:Decrypt"]\n    resources = ["arn:aws:kms:<region>:<account-id>:key/<key-id>"]\n  }\n}';

export const iamCustomerPolicyNoKmsDecryptAll: CheckDefinition = {
  id: "iam_customer_policy_no_kms_decrypt_all_keys",
  title: "Customer-managed policies do not allow decryption with every KMS key",
  service: "iam",
  resourceType: "AWS::IAM::ManagedPolicy",
  severity: "medium",
  rationale: 'kms:Decrypt on Resource "*" lets the holder decrypt data under any key whose key policy defers to IAM, far beyond the data the job needs.',
  remediation: {
    console: ["Open the IAM console > Policies and choose <policy-name>.", "Edit the statement allowing kms:Decrypt / kms:ReEncryptFrom and list the key ARNs instead of \"*\"."],
    cli: "aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped-policy.json --set-as-default",
    terraform: KMS_DECRYPT_REMEDIATION_TERRAFORM,
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "KMS.1" },
    { framework: "nist-800-53-r5", requirement: "AC-6" },
  ],
  evaluate(resource) {
    if (resource.configuration.AwsManaged === true) return { status: "not_applicable", reason: "AWS-managed policies are judged by where they are attached." };
    const missing = requireData(resource, { Policy: ["GetAccountAuthorizationDetails", "GetPolicyVersion"] });
    if (missing) return missing;
    const document = defaultPolicyDocument(resource.configuration.Policy as ManagedPolicyDetail);
    if (document === undefined) return { status: "unknown", reason: "The policy's default version document was not collected." };
    const found = findKmsDecryptAllKeys(document);
    return found.length === 0
      ? { status: "pass", reason: "The policy does not allow decryption with every key." }
      : { status: "fail", reason: "The policy allows kms:Decrypt or kms:ReEncryptFrom on all KMS keys.", evidence: found.map((s) => s.raw) };
  },
};
