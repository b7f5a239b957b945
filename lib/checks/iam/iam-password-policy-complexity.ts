import { definePasswordPolicyCheck, PASSWORD_POLICY_CONSOLE } from "@/lib/checks/iam/define-password-policy-check";

export const iamPasswordPolicyComplexity = definePasswordPolicyCheck({
  id: "iam_password_policy_character_classes",
  title: "The password policy requires upper case, lower case, numbers and symbols",
  severity: "low",
  rationale: "AWS FSBP expects all four character classes. Length matters more, so this is rated low.",
  remediation: {
    console: [...PASSWORD_POLICY_CONSOLE.slice(0, 2), "Select all four 'Require at least one ...' options.", "Save changes."],
    cli: "aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols",
    terraform:
      'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length      = 14\n  require_uppercase_characters = true\n  require_lowercase_characters = true\n  require_numbers              = true\n  require_symbols              = true\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "IAM.7" },
    { framework: "aws-fsbp", requirement: "IAM.10" },
  ],
  problem: (p) => {
    const missing = [
      p.RequireUppercaseCharacters ? null : "upper case",
      p.RequireLowercaseCharacters ? null : "lower case",
      p.RequireNumbers ? null : "numbers",
      p.RequireSymbols ? null : "symbols",
    ].filter((x): x is string => x !== null);
    return missing.length === 0 ? null : `The policy does not require ${missing.join(", ")}.`;
  },
});
