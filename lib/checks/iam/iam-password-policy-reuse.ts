import { definePasswordPolicyCheck, PASSWORD_POLICY_CONSOLE } from "@/lib/checks/iam/define-password-policy-check";

export const iamPasswordPolicyReuse = definePasswordPolicyCheck({
  id: "iam_password_policy_reuse_24",
  title: "The password policy prevents reuse of the last 24 passwords",
  severity: "medium",
  rationale: "Without a reuse rule people cycle back to an old password, including one that has already leaked.",
  remediation: {
    console: [...PASSWORD_POLICY_CONSOLE.slice(0, 2), "Select Prevent password reuse and set Remember 24 passwords.", "Save changes."],
    cli: "aws iam update-account-password-policy --password-reuse-prevention 24 --minimum-password-length 14",
    terraform: 'resource "aws_iam_account_password_policy" "this" {\n  password_reuse_prevention = 24\n  minimum_password_length   = 14\n}',
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "8.3.7" },
    { framework: "aws-fsbp", requirement: "IAM.16" },
    { framework: "cis-aws-7.0", requirement: "2.9" },
    { framework: "cis-aws-5.0", requirement: "1.8" },
    { framework: "aws-fsbp", requirement: "IAM.7" },
    { framework: "aws-fsbp", requirement: "IAM.10" },
  ],
  problem: (p) =>
    (p.PasswordReusePrevention ?? 0) >= 24
      ? null
      : p.PasswordReusePrevention
        ? `Only the last ${p.PasswordReusePrevention} passwords are remembered; 24 are needed.`
        : "Password reuse is not restricted; the last 24 passwords should be remembered.",
});
