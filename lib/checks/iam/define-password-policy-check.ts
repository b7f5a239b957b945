import type { CheckDefinition, Verdict } from "@/lib/checks/check-definition";
import type { PasswordPolicy } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

type PasswordPolicyCheck = Omit<CheckDefinition, "evaluate" | "service" | "resourceType"> & {
  /** Returns the problem in one sentence, or null when the policy satisfies the rule. */
  problem(policy: PasswordPolicy): string | null;
};

/** Password-policy checks share their resource, their "no policy at all" case and their evidence. */
export function definePasswordPolicyCheck(definition: PasswordPolicyCheck): CheckDefinition {
  const { problem, ...rest } = definition;
  return {
    ...rest,
    service: "iam",
    resourceType: "AWS::IAM::PasswordPolicy",
    evaluate(resource): Verdict {
      const missing = requireData(resource, { PasswordPolicy: ["GetAccountPasswordPolicy"] });
      if (missing) return missing;
      const policy = resource.configuration.PasswordPolicy as PasswordPolicy | null;
      if (!policy) return { status: "fail", reason: "The account has no password policy, so AWS defaults (8 characters, no reuse rule) apply." };
      const found = problem(policy);
      return found ? { status: "fail", reason: found, evidence: policy } : { status: "pass", reason: "The password policy meets this rule.", evidence: policy };
    },
  };
}

export const PASSWORD_POLICY_CONSOLE = [
  "Open the IAM console > Account settings.",
  "Under Password policy choose Edit, select Custom, and set the rule below.",
  "Save changes.",
];
