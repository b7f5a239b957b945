import type { CheckDefinition, ComplianceMapping } from "@/lib/checks/check-definition";
import { definePasswordPolicyCheck, PASSWORD_POLICY_CONSOLE } from "@/lib/checks/iam/define-password-policy-check";
import type { PasswordPolicy } from "@/lib/checks/iam/iam-configuration";

interface CharacterClass {
  id: string;
  label: string;
  key: keyof Pick<PasswordPolicy, "RequireUppercaseCharacters" | "RequireLowercaseCharacters" | "RequireNumbers" | "RequireSymbols">;
  cliFlag: string;
  terraformKey: string;
  /** Security Hub's per-class CIS control (IAM.11-IAM.14). */
  control: string;
}

/** One check per character class, as AWS Security Hub and Prowler report them, so each can be disabled alone. */
function defineCharacterClassCheck(c: CharacterClass): CheckDefinition {
  const compliance: ComplianceMapping[] = [
    { framework: "aws-fsbp", requirement: "IAM.7" },
    { framework: "aws-fsbp", requirement: "IAM.10" },
    { framework: "aws-fsbp", requirement: c.control },
    // PCI DSS 8.3.6 asks for both numeric and alphabetic characters; symbols and case are FSBP's addition.
    ...(c.id === "number" || c.id === "lowercase" ? [{ framework: "pci-dss-4.0", requirement: "8.3.6" }] : []),
  ];
  return definePasswordPolicyCheck({
    id: `iam_password_policy_${c.id}`,
    title: `The password policy requires at least one ${c.label}`,
    severity: "low",
    rationale: `AWS FSBP expects passwords to mix character classes, including ${c.label}s. Length matters more, so this is rated low.`,
    remediation: {
      console: [...PASSWORD_POLICY_CONSOLE.slice(0, 2), `Select 'Require at least one ${c.label}'.`, "Save changes."],
      cli: `aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 ${c.cliFlag}\n# update-account-password-policy replaces the whole policy: repeat every other rule you keep.`,
      terraform: `resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length = 14\n  ${c.terraformKey} = true\n}`,
    },
    compliance,
    problem: (p) => (p[c.key] ? null : `The policy does not require a ${c.label}.`),
  });
}

export const iamPasswordPolicyUppercase = defineCharacterClassCheck({
  id: "uppercase", label: "upper-case letter", key: "RequireUppercaseCharacters", cliFlag: "--require-uppercase-characters", terraformKey: "require_uppercase_characters", control: "IAM.11",
});
export const iamPasswordPolicyLowercase = defineCharacterClassCheck({
  id: "lowercase", label: "lower-case letter", key: "RequireLowercaseCharacters", cliFlag: "--require-lowercase-characters", terraformKey: "require_lowercase_characters", control: "IAM.12",
});
export const iamPasswordPolicySymbol = defineCharacterClassCheck({
  id: "symbol", label: "symbol", key: "RequireSymbols", cliFlag: "--require-symbols", terraformKey: "require_symbols", control: "IAM.13",
});
export const iamPasswordPolicyNumber = defineCharacterClassCheck({
  id: "number", label: "number", key: "RequireNumbers", cliFlag: "--require-numbers", terraformKey: "require_numbers", control: "IAM.14",
});
