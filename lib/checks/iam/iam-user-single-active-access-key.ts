import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { AccessKey } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const iamUserSingleActiveAccessKey: CheckDefinition = {
  id: "iam_user_single_active_access_key",
  title: "IAM users have at most one active access key",
  service: "iam",
  resourceType: "AWS::IAM::User",
  severity: "low",
  rationale: "Two active keys are normal for a few hours during rotation; left in place, the old one keeps working wherever it was copied.",
  remediation: {
    console: ["Open the IAM console > Users and choose <user-name>.", "On Security credentials, find which key is still used (Last used), then deactivate and delete the other."],
    cli: "aws iam list-access-keys --user-name <user-name>\naws iam update-access-key --user-name <user-name> --access-key-id <access-key-id> --status Inactive\naws iam delete-access-key --user-name <user-name> --access-key-id <access-key-id>",
    terraform: "# Keep a single aws_iam_access_key resource for <user-name>.",
  },
  compliance: [
    { framework: "cis-aws-5.0", requirement: "1.12" },
    { framework: "nist-800-53-r5", requirement: "IA-5" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { AccessKeys: ["ListAccessKeys"] });
    if (missing) return missing;
    const active = ((resource.configuration.AccessKeys as AccessKey[] | null) ?? []).filter((k) => k.Status === "Active");
    if (active.length === 0) return { status: "not_applicable", reason: "The user has no active access keys." };
    return active.length === 1
      ? { status: "pass", reason: "The user has one active access key." }
      : { status: "fail", reason: `The user has ${active.length} active access keys.`, evidence: active.map((k) => k.AccessKeyId) };
  },
};
