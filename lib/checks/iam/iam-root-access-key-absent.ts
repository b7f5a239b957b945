import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { CredentialRow } from "@/lib/checks/iam/iam-configuration";

export const iamRootAccessKeyAbsent: CheckDefinition = {
  id: "iam_root_access_key_absent",
  title: "The root user has no access keys",
  service: "iam",
  resourceType: "AWS::IAM::RootAccount",
  severity: "critical",
  rationale:
    "Root access keys give unrestricted, MFA-free API access to the whole account and cannot be limited by any policy. A leaked key in a script or repository means a full account compromise.",
  remediation: {
    console: [
      "Sign in as the root user and open Security credentials.",
      "Under Access keys, deactivate each key, confirm nothing breaks, then delete it.",
      "Give automation an IAM role (or an IAM user with least privilege) instead.",
    ],
    cli: "# Root keys are deleted in the console as root, or from the management account through centralized root access:\n# 1. aws sts assume-root --target-principal <account-id> --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials\n# 2. with those credentials:\naws iam delete-access-key --access-key-id <root-access-key-id>",
    terraform: "# Root access keys cannot be managed with Terraform; delete them in the console.",
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "8.2.2" },
    { framework: "cis-aws-7.0", requirement: "2.4" },
    { framework: "cis-aws-5.0", requirement: "1.3" },
    { framework: "aws-fsbp", requirement: "IAM.4" },
    { framework: "nist-800-53-r5", requirement: "AC-6(10)" },
  ],
  evaluate(resource) {
    const errors = resource.configuration._errors ?? {};
    const row = resource.configuration.Credentials as CredentialRow | null | undefined;
    const summary = resource.configuration.AccountSummary as Record<string, number> | undefined;
    if (row && (row.access_key_1_active !== undefined || row.access_key_2_active !== undefined)) {
      const active = [row.access_key_1_active, row.access_key_2_active].filter((k) => k === true).length;
      return active > 0
        ? { status: "fail", reason: `The root user has ${active} active access key(s).`, evidence: { access_key_1_active: row.access_key_1_active, access_key_2_active: row.access_key_2_active } }
        : { status: "pass", reason: "The root user has no active access keys." };
    }
    if (summary && typeof summary.AccountAccessKeysPresent === "number") {
      return summary.AccountAccessKeysPresent > 0
        ? { status: "fail", reason: "The account summary says root access keys exist.", evidence: { AccountAccessKeysPresent: summary.AccountAccessKeysPresent } }
        : { status: "pass", reason: "The account summary says no root access keys exist." };
    }
    return { status: "unknown", reason: "Neither the credential report nor the account summary could be read.", evidence: { _errors: errors } };
  },
};
