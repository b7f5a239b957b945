import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { CredentialRow } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const iamRootMfaEnabled: CheckDefinition = {
  id: "iam_root_mfa_enabled",
  title: "The root user has MFA enabled",
  service: "iam",
  resourceType: "AWS::IAM::RootAccount",
  severity: "critical",
  rationale:
    "The root user can do anything in the account, including closing it and changing its billing. A password alone is one phishing e-mail away from a full takeover; MFA makes a stolen password useless on its own.",
  remediation: {
    console: [
      "Sign in as the root user.",
      "Open the account menu (top right) > Security credentials.",
      "Under Multi-factor authentication (MFA), choose Assign MFA device and follow the wizard (a hardware key or passkey is preferred).",
    ],
    cli: "# Root MFA cannot be enabled through the CLI or API; use the console as the root user.",
    terraform: "# Root MFA cannot be managed with Terraform; enable it in the console as the root user.",
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "2.5" },
    { framework: "cis-aws-5.0", requirement: "1.4" },
    { framework: "aws-fsbp", requirement: "IAM.9" },
    { framework: "nist-800-53-r5", requirement: "IA-2(1)" },
    { framework: "pci-dss-4.0", requirement: "8.4.2" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { Credentials: ["GetCredentialReport", "GenerateCredentialReport"] });
    if (missing) return missing;
    const row = resource.configuration.Credentials as CredentialRow | null;
    const summary = resource.configuration.AccountSummary as Record<string, number> | undefined;
    const active = row?.mfa_active ?? (summary ? summary.AccountMFAEnabled === 1 : null);
    if (active === null) return { status: "unknown", reason: "Neither the credential report nor the account summary says whether root has MFA." };
    return active
      ? { status: "pass", reason: "The root user has an MFA device.", evidence: { mfa_active: true } }
      : { status: "fail", reason: "The root user signs in with a password only: no MFA device is active.", evidence: { mfa_active: false } };
  },
};
