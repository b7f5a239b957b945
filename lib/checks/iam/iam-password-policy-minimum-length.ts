import { definePasswordPolicyCheck, PASSWORD_POLICY_CONSOLE } from "@/lib/checks/iam/define-password-policy-check";

export const iamPasswordPolicyMinimumLength = definePasswordPolicyCheck({
  id: "iam_password_policy_minimum_length_14",
  title: "The password policy requires at least 14 characters",
  severity: "medium",
  rationale: "Length is the property that most slows down guessing and cracking; 14 characters is the CIS floor.",
  remediation: {
    console: [...PASSWORD_POLICY_CONSOLE.slice(0, 2), "Set Password minimum length to 14 or more.", "Save changes."],
    cli: "aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters",
    terraform: 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length = 14\n  password_reuse_prevention = 24\n}',
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "8.3.6" },
    { framework: "aws-fsbp", requirement: "IAM.15" },
    { framework: "cis-aws-7.0", requirement: "2.8" },
    { framework: "cis-aws-5.0", requirement: "1.7" },
    { framework: "aws-fsbp", requirement: "IAM.7" },
    { framework: "aws-fsbp", requirement: "IAM.10" },
  ],
  problem: (p) =>
    (p.MinimumPasswordLength ?? 0) >= 14 ? null : `The minimum password length is ${p.MinimumPasswordLength ?? "not set"}; it should be 14 or more.`,
});
