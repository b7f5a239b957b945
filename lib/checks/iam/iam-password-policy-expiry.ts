import { definePasswordPolicyCheck, PASSWORD_POLICY_CONSOLE } from "@/lib/checks/iam/define-password-policy-check";

export const iamPasswordPolicyExpiry = definePasswordPolicyCheck({
  id: "iam_password_policy_expires_90_days",
  title: "The password policy expires passwords within 90 days",
  // NIST SP 800-63B advises against forced rotation; kept at low severity for FSBP IAM.10 only.
  severity: "low",
  rationale: "AWS FSBP IAM.10 still asks for 90-day expiry. Current NIST guidance prefers long passwords plus MFA without forced rotation, so treat this as a framework requirement rather than a strong control.",
  remediation: {
    console: [...PASSWORD_POLICY_CONSOLE.slice(0, 2), "Select Turn on password expiration and set 90 days or fewer.", "Save changes."],
    cli: "aws iam update-account-password-policy --max-password-age 90 --minimum-password-length 14 --password-reuse-prevention 24",
    terraform: 'resource "aws_iam_account_password_policy" "this" {\n  max_password_age        = 90\n  minimum_password_length = 14\n}',
  },
  compliance: [{ framework: "pci-dss-4.0", requirement: "8.3.9" }, { framework: "aws-fsbp", requirement: "IAM.17" }, { framework: "aws-fsbp", requirement: "IAM.10" }],
  problem: (p) =>
    p.MaxPasswordAge !== undefined && p.MaxPasswordAge > 0 && p.MaxPasswordAge <= 90
      ? null
      : `Passwords ${p.MaxPasswordAge ? `expire after ${p.MaxPasswordAge} days` : "never expire"}; the FSBP limit is 90 days.`,
});
