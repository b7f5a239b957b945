import type { CheckDefinition } from "@/lib/checks/check-definition";
import { daysSince } from "@/lib/checks/days-since";
import type { CredentialRow } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const iamUserConsoleAccessUnused: CheckDefinition = {
  id: "iam_user_console_access_unused",
  title: "Console passwords unused for the configured number of days are removed",
  service: "iam",
  resourceType: "AWS::IAM::User",
  severity: "medium",
  rationale: "A password nobody uses is still a way in, and nobody notices when someone else starts using it.",
  remediation: {
    console: ["Open the IAM console > Users and choose <user-name>.", "On Security credentials, choose Manage console access > Disable console access."],
    cli: "aws iam delete-login-profile --user-name <user-name>",
    terraform: '# Remove the aws_iam_user_login_profile resource for <user-name> and apply.',
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "2.11" },
    { framework: "cis-aws-5.0", requirement: "1.11" },
    { framework: "aws-fsbp", requirement: "IAM.8" },
    { framework: "aws-fsbp", requirement: "IAM.22" },
    { framework: "nist-800-53-r5", requirement: "AC-2(3)" },
    { framework: "pci-dss-4.0", requirement: "8.2.6" },
  ],
  evaluate(resource, { now, settings }) {
    const missing = requireData(resource, { LoginProfile: ["GetLoginProfile"], Credentials: ["GetCredentialReport", "GenerateCredentialReport"] });
    if (missing) return missing;
    const profile = resource.configuration.LoginProfile as { CreateDate?: string } | null;
    if (!profile) return { status: "not_applicable", reason: "The user has no console password." };
    const row = resource.configuration.Credentials as CredentialRow | null;
    const limit = settings.unusedCredentialDays;
    const lastUsed = daysSince(row?.password_last_used, now);
    if (lastUsed !== null) {
      return lastUsed > limit
        ? { status: "fail", reason: `The console password was last used ${lastUsed} days ago (limit ${limit}).`, evidence: { password_last_used: row?.password_last_used } }
        : { status: "pass", reason: `The console password was used ${lastUsed} days ago.` };
    }
    const age = daysSince(profile.CreateDate, now);
    if (age === null) return { status: "unknown", reason: "Neither the last use nor the creation date of the password is known." };
    // Never used: judge by age, so a password set up yesterday is not flagged.
    return age > limit
      ? { status: "fail", reason: `The console password was created ${age} days ago and has never been used.`, evidence: { LoginProfile: profile } }
      : { status: "pass", reason: `The console password is ${age} days old and not yet used.` };
  },
};
