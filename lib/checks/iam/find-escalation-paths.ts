import { statementAllows } from "@/lib/policy/find-allowing-statements";
import { findAdminStatements } from "@/lib/policy/find-admin-statements";
import { normalizePolicy } from "@/lib/policy/normalize-policy";

/**
 * Well-known privilege-escalation permission sets (Rhino Security Labs' list, as Prowler uses it): a principal
 * holding every action of one set can make itself more powerful. A deliberately simple rule over one policy
 * at a time; lib/iam's account-wide engine (analyzeAccountIam) will replace it when it lands.
 */
const ESCALATION_SETS: readonly (readonly string[])[] = [
  ["iam:CreatePolicyVersion"],
  ["iam:SetDefaultPolicyVersion"],
  ["iam:CreateAccessKey"],
  ["iam:CreateLoginProfile"],
  ["iam:UpdateLoginProfile"],
  ["iam:AttachUserPolicy"],
  ["iam:AttachGroupPolicy"],
  ["iam:AttachRolePolicy"],
  ["iam:PutUserPolicy"],
  ["iam:PutGroupPolicy"],
  ["iam:PutRolePolicy"],
  ["iam:AddUserToGroup"],
  ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"],
  ["iam:PassRole", "ec2:RunInstances"],
  ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
  ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"],
  ["iam:PassRole", "cloudformation:CreateStack"],
  ["iam:PassRole", "glue:CreateDevEndpoint"],
  ["iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"],
  ["lambda:UpdateFunctionCode"],
  ["glue:UpdateDevEndpoint"],
];

/** The escalation sets a policy grants in full (Allow statements not cancelled by a Deny on every resource). */
export function findEscalationPaths(document: unknown): string[][] {
  const statements = normalizePolicy(document);
  // A Deny on every resource, without conditions, removes the action whatever the Allows say.
  const deniedEverywhere = (action: string) =>
    statements.some((s) => s.effect === "Deny" && (s.resources ?? []).includes("*") && Object.keys(s.conditions).length === 0 && statementAllows({ ...s, effect: "Allow" }, action));
  const allowed = (action: string) => !deniedEverywhere(action) && statements.some((s) => statementAllows(s, action));
  return ESCALATION_SETS.filter((set) => set.every(allowed)).map((set) => [...set]);
}

/** True for policies that already grant "*" on "*": escalation is moot, the full-admin checks report them. */
export function isFullAdmin(document: unknown): boolean {
  return findAdminStatements(document).length > 0;
}
