import type { CheckDefinition } from "@/lib/checks/check-definition";
import { daysSince } from "@/lib/checks/days-since";
import type { AccessKey } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const iamUserAccessKeyRotated: CheckDefinition = {
  id: "iam_user_access_key_rotated",
  title: "Active access keys are rotated within the configured number of days",
  service: "iam",
  resourceType: "AWS::IAM::User",
  severity: "medium",
  rationale: "Long-lived keys accumulate copies; rotating them limits how long a leaked copy stays useful.",
  remediation: {
    console: [
      "Open the IAM console > Users and choose <user-name>.",
      "Create a second access key, deploy it where the old one is used, then deactivate and delete the old key.",
    ],
    cli: "aws iam create-access-key --user-name <user-name>\n# deploy the new key, then:\naws iam update-access-key --user-name <user-name> --access-key-id <old-access-key-id> --status Inactive\naws iam delete-access-key --user-name <user-name> --access-key-id <old-access-key-id>",
    terraform: '# Replace the key: terraform apply -replace=aws_iam_access_key.<name>',
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "8.6.3" },
    { framework: "cis-aws-7.0", requirement: "2.12" },
    { framework: "cis-aws-5.0", requirement: "1.13" },
    { framework: "aws-fsbp", requirement: "IAM.3" },
  ],
  evaluate(resource, { now, settings }) {
    const missing = requireData(resource, { AccessKeys: ["ListAccessKeys"] });
    if (missing) return missing;
    const keys = ((resource.configuration.AccessKeys as AccessKey[] | null) ?? []).filter((k) => k.Status === "Active");
    if (keys.length === 0) return { status: "not_applicable", reason: "The user has no active access keys." };
    const limit = settings.accessKeyRotationDays;
    const old = keys.map((k) => ({ key: k, age: daysSince(k.CreateDate, now) })).filter((k) => k.age !== null && k.age > limit);
    if (old.length === 0) return { status: "pass", reason: `Every active key is at most ${limit} days old.` };
    return {
      status: "fail",
      reason: `${old.map((o) => `${o.key.AccessKeyId} is ${o.age} days old`).join("; ")} (limit ${limit}).`,
      evidence: old.map((o) => o.key),
    };
  },
};
