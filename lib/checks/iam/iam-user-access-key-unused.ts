import type { CheckDefinition } from "@/lib/checks/check-definition";
import { daysSince } from "@/lib/checks/days-since";
import type { AccessKey } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const iamUserAccessKeyUnused: CheckDefinition = {
  id: "iam_user_access_key_unused",
  title: "Active access keys unused for the configured number of days are removed",
  service: "iam",
  resourceType: "AWS::IAM::User",
  severity: "medium",
  rationale: "A key nobody uses is pure risk: it may sit in an old laptop, CI variable or repository and works until someone deletes it.",
  remediation: {
    console: ["Open the IAM console > Users and choose <user-name>.", "On Security credentials, deactivate the unused access key, then delete it."],
    cli: "aws iam update-access-key --user-name <user-name> --access-key-id <access-key-id> --status Inactive\naws iam delete-access-key --user-name <user-name> --access-key-id <access-key-id>",
    terraform: "# Remove the aws_iam_access_key resource for <user-name> and apply.",
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "8.2.6" },
    { framework: "cis-aws-7.0", requirement: "2.11" },
    { framework: "cis-aws-5.0", requirement: "1.11" },
    { framework: "aws-fsbp", requirement: "IAM.8" },
    { framework: "aws-fsbp", requirement: "IAM.22" },
    { framework: "nist-800-53-r5", requirement: "AC-2(3)" },
  ],
  evaluate(resource, { now, settings }) {
    const missing = requireData(resource, { AccessKeys: ["ListAccessKeys", "GetAccessKeyLastUsed"] });
    if (missing) return missing;
    const keys = ((resource.configuration.AccessKeys as AccessKey[] | null) ?? []).filter((k) => k.Status === "Active");
    if (keys.length === 0) return { status: "not_applicable", reason: "The user has no active access keys." };
    const limit = settings.unusedCredentialDays;
    const stale = keys
      .map((k) => ({ key: k, idle: daysSince(k.LastUsedDate, now) ?? daysSince(k.CreateDate, now) }))
      .filter((k) => k.idle !== null && k.idle > limit);
    if (stale.length === 0) return { status: "pass", reason: `Every active key was used (or created) within ${limit} days.` };
    return {
      status: "fail",
      reason: `${stale.map((s) => `${s.key.AccessKeyId} idle for ${s.idle} days`).join("; ")} (limit ${limit}).`,
      evidence: stale.map((s) => s.key),
    };
  },
};
