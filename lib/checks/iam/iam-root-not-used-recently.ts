import type { CheckDefinition } from "@/lib/checks/check-definition";
import { DEFAULT_CHECK_SETTINGS } from "@/lib/checks/check-definition";
import { daysSince } from "@/lib/checks/days-since";
import type { CredentialRow } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const iamRootNotUsedRecently: CheckDefinition = {
  id: "iam_root_not_used_recently",
  title: "The root user is not used for everyday tasks",
  service: "iam",
  resourceType: "AWS::IAM::RootAccount",
  severity: "high",
  rationale: "Every root session is an unrestricted session. Root is for the handful of tasks only it can do; regular use means the most powerful credential is exposed daily.",
  remediation: {
    console: [
      "Find out who used root and why (CloudTrail: userIdentity.type = Root).",
      "Give that person an IAM Identity Center or IAM role with the permissions the task needs.",
      "Lock root away: strong password, hardware MFA, no access keys.",
    ],
    cli: "aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root --max-results 50",
    terraform: "# Nothing to apply: create the roles people need (aws_iam_role / aws_ssoadmin_permission_set) and stop using root.",
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "IAM.20" },
    { framework: "cis-aws-7.0", requirement: "2.7" },
    { framework: "cis-aws-5.0", requirement: "1.6" },
    { framework: "nist-800-53-r5", requirement: "AC-6(9)" },
  ],
  evaluate(resource, { now, settings }) {
    const missing = requireData(resource, { Credentials: ["GetCredentialReport", "GenerateCredentialReport"] });
    if (missing) return missing;
    const row = resource.configuration.Credentials as CredentialRow | null;
    if (!row) return { status: "unknown", reason: "The credential report has no root row." };
    const window = settings.rootRecentUseDays ?? DEFAULT_CHECK_SETTINGS.rootRecentUseDays ?? 30;
    const uses = [
      ["password", row.password_last_used],
      ["access key 1", row.access_key_1_last_used_date],
      ["access key 2", row.access_key_2_last_used_date],
    ] as const;
    const recent = uses.map(([what, when]) => ({ what, when, days: daysSince(when, now) })).filter((u) => u.days !== null && u.days <= window);
    return recent.length === 0
      ? { status: "pass", reason: `Root has not been used in the last ${window} days.` }
      : { status: "fail", reason: `Root was used ${recent.map((u) => `by ${u.what} ${u.days} day(s) ago`).join(" and ")}.`, evidence: recent };
  },
};
