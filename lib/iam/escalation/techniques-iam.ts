import type { Technique } from "@/lib/iam/escalation/technique";

const t = (p: TechniquePermission[]) => p;
type TechniquePermission = Technique["permissions"][number];
const on = (on: TechniquePermission["on"], ...actions: string[]) => actions.map((action) => ({ action, on }));

/** IAM and STS techniques: changing one's own policies, taking over users, and assuming or re-trusting roles. */
export const IAM_TECHNIQUES: Technique[] = [
  { id: "iam-001", name: "iam:CreatePolicyVersion", category: "self-escalation", actor: "any", target: "self-policy", permissions: t(on("policy", "iam:CreatePolicyVersion")), iamVulnerable: ["IAM-CreateNewPolicyVersion"] },
  { id: "iam-002", name: "iam:CreateAccessKey", category: "principal-access", actor: "any", target: "user", userPrecondition: "fewer-than-two-keys", permissions: t(on("target", "iam:CreateAccessKey")), iamVulnerable: ["IAM-CreateAccessKey"] },
  { id: "iam-003", name: "iam:CreateAccessKey + iam:DeleteAccessKey", category: "principal-access", actor: "any", target: "user", userPrecondition: "two-keys", permissions: t(on("target", "iam:CreateAccessKey", "iam:DeleteAccessKey")) },
  { id: "iam-004", name: "iam:CreateLoginProfile", category: "principal-access", actor: "any", target: "user", userPrecondition: "no-login-profile", permissions: t(on("target", "iam:CreateLoginProfile")), iamVulnerable: ["IAM-CreateLoginProfile"] },
  { id: "iam-005", name: "iam:PutRolePolicy", category: "self-escalation", actor: "role", target: "self", permissions: t(on("target", "iam:PutRolePolicy")), iamVulnerable: ["IAM-PutRolePolicy"] },
  { id: "iam-006", name: "iam:UpdateLoginProfile", category: "principal-access", actor: "any", target: "user", userPrecondition: "has-login-profile", permissions: t(on("target", "iam:UpdateLoginProfile")), iamVulnerable: ["IAM-UpdateLoginProfile"] },
  { id: "iam-007", name: "iam:PutUserPolicy", category: "self-escalation", actor: "user", target: "self", permissions: t(on("target", "iam:PutUserPolicy")), iamVulnerable: ["IAM-PutUserPolicy"] },
  { id: "iam-008", name: "iam:AttachUserPolicy", category: "self-escalation", actor: "user", target: "self", permissions: t(on("target", "iam:AttachUserPolicy")), iamVulnerable: ["IAM-AttachUserPolicy"] },
  { id: "iam-009", name: "iam:AttachRolePolicy", category: "self-escalation", actor: "role", target: "self", permissions: t(on("target", "iam:AttachRolePolicy")), iamVulnerable: ["IAM-AttachRolePolicy"] },
  { id: "iam-010", name: "iam:AttachGroupPolicy", category: "self-escalation", actor: "user", target: "own-group", permissions: t(on("target", "iam:AttachGroupPolicy")), iamVulnerable: ["IAM-AttachGroupPolicy"] },
  { id: "iam-011", name: "iam:PutGroupPolicy", category: "self-escalation", actor: "user", target: "own-group", permissions: t(on("target", "iam:PutGroupPolicy")), iamVulnerable: ["IAM-PutGroupPolicy"] },
  { id: "iam-012", name: "iam:UpdateAssumeRolePolicy", category: "principal-access", actor: "any", target: "role", entry: "update-trust", permissions: t(on("target", "iam:UpdateAssumeRolePolicy")), iamVulnerable: ["IAM-UpdatingAssumeRolePolicy"] },
  { id: "iam-013", name: "iam:AddUserToGroup", category: "self-escalation", actor: "user", target: "any-group", permissions: t(on("target", "iam:AddUserToGroup")), iamVulnerable: ["IAM-AddUserToGroup"] },
  { id: "iam-014", name: "iam:AttachRolePolicy + sts:AssumeRole", category: "principal-access", actor: "any", target: "role-modify", entry: "assume", permissions: t(on("target", "iam:AttachRolePolicy")) },
  { id: "iam-015", name: "iam:AttachUserPolicy + iam:CreateAccessKey", category: "principal-access", actor: "any", target: "user", userPrecondition: "fewer-than-two-keys", permissions: t(on("target", "iam:AttachUserPolicy", "iam:CreateAccessKey")) },
  { id: "iam-016", name: "iam:CreatePolicyVersion + sts:AssumeRole", category: "principal-access", actor: "any", target: "role-modify", entry: "assume", permissions: t(on("policy", "iam:CreatePolicyVersion")) },
  { id: "iam-017", name: "iam:PutRolePolicy + sts:AssumeRole", category: "principal-access", actor: "any", target: "role-modify", entry: "assume", permissions: t(on("target", "iam:PutRolePolicy")) },
  { id: "iam-018", name: "iam:PutUserPolicy + iam:CreateAccessKey", category: "principal-access", actor: "any", target: "user", userPrecondition: "fewer-than-two-keys", permissions: t(on("target", "iam:PutUserPolicy", "iam:CreateAccessKey")) },
  { id: "iam-019", name: "iam:AttachRolePolicy + iam:UpdateAssumeRolePolicy", category: "principal-access", actor: "any", target: "role-modify", entry: "update-trust", permissions: t(on("target", "iam:AttachRolePolicy")) },
  { id: "iam-020", name: "iam:CreatePolicyVersion + iam:UpdateAssumeRolePolicy", category: "principal-access", actor: "any", target: "role-modify", entry: "update-trust", permissions: t(on("policy", "iam:CreatePolicyVersion")) },
  { id: "iam-021", name: "iam:PutRolePolicy + iam:UpdateAssumeRolePolicy", category: "principal-access", actor: "any", target: "role-modify", entry: "update-trust", permissions: t(on("target", "iam:PutRolePolicy")) },
  { id: "sts-001", name: "sts:AssumeRole", category: "principal-access", actor: "any", target: "role", entry: "assume", permissions: t(on("target", "sts:AssumeRole")), iamVulnerable: ["STS-AssumeRole"] },
  // Not in pathfinding.cloud: switching the default version of an attached policy to an older, stronger one.
  { id: "vigil-iam-set-default-policy-version", name: "iam:SetDefaultPolicyVersion", category: "self-escalation", actor: "any", target: "self-policy", permissions: t(on("policy", "iam:SetDefaultPolicyVersion")), iamVulnerable: ["IAM-SetExistingDefaultPolicyVersion"] },
];
