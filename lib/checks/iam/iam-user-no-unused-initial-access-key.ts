import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { AccessKey } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const iamUserNoUnusedInitialAccessKey: CheckDefinition = {
  id: "iam_user_no_unused_initial_access_key",
  title: "Console users have no active access key that was never used",
  service: "iam",
  resourceType: "AWS::IAM::User",
  severity: "medium",
  rationale: "Access keys created 'just in case' when a console user is set up are never rotated or watched, yet work from anywhere; CIS asks that none are created at set-up.",
  remediation: {
    console: ["Open the IAM console > Users and choose <user-name>.", "On Security credentials, deactivate then delete the access key that shows no last use."],
    cli: "aws iam update-access-key --user-name <user-name> --access-key-id <access-key-id> --status Inactive\naws iam delete-access-key --user-name <user-name> --access-key-id <access-key-id>",
    terraform: "# Remove the aws_iam_access_key resource for <user-name>.",
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "2.11" },
    { framework: "cis-aws-5.0", requirement: "1.10" },
    { framework: "nist-800-53-r5", requirement: "AC-2(3)" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { LoginProfile: ["GetLoginProfile", "GetCredentialReport"], AccessKeys: ["ListAccessKeys"] });
    if (missing) return missing;
    if (!resource.configuration.LoginProfile) return { status: "not_applicable", reason: "The user has no console password." };
    const keys = (resource.configuration.AccessKeys as AccessKey[] | null) ?? [];
    const unused = keys.filter((k) => k.Status === "Active" && !k.LastUsedDate);
    return unused.length === 0
      ? { status: "pass", reason: "Every active access key of this console user has been used." }
      : { status: "fail", reason: `Active access key(s) ${unused.map((k) => k.AccessKeyId).join(", ")} have never been used.`, evidence: unused };
  },
};
