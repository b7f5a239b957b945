import type { EffectiveAction } from "@/lib/iam/effective/list-effective-actions";
import type { IamPrincipal } from "@/lib/iam/model/iam-model";
import type { AdminVerdict } from "@/lib/iam/risks/is-full-admin";
import type { IamRisk, RiskCategory } from "@/lib/iam/risks/iam-risk";
import { uniqueRefs } from "@/lib/iam/risks/iam-risk";

// Reading these on every resource reads all the data they guard.
const EXFILTRATION = ["s3:GetObject", "kms:Decrypt", "secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "dynamodb:Scan", "rds:DownloadDBLogFilePortion"];
// Actions that hand out credentials or secrets of other identities.
const CREDENTIALS = [
  "iam:CreateAccessKey", "iam:UpdateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:CreateServiceSpecificCredential",
  "iam:ResetServiceSpecificCredential", "iam:UploadSSHPublicKey", "iam:UploadSigningCertificate", "ecr:GetAuthorizationToken",
  "redshift:GetClusterCredentials", "ec2:GetPasswordData", "ec2-instance-connect:SendSSHPublicKey", "lightsail:GetInstanceAccessDetails",
  "cognito-identity:GetCredentialsForIdentity", "sso:GetRoleCredentials", "codepipeline:PollForJobs", "gamelift:RequestUploadCredentials",
];
// Permissions-management actions that change who may reach a resource.
const EXPOSURE_NAME = /(Policy|Acl|Permission|Grant|PublicAccessBlock|SharingSettings|ResourceShare)/;
const MAX_LISTED = 25;

/** Risk categories that follow from what a principal can effectively do. */
export function findPermissionRisks(principal: IamPrincipal, actions: readonly EffectiveAction[], admin: AdminVerdict): IamRisk[] {
  const risks: IamRisk[] = [];
  const add = (category: RiskCategory, severity: IamRisk["severity"], title: string, found: readonly EffectiveAction[]) => {
    if (found.length === 0) return;
    risks.push({
      category,
      severity,
      title,
      actions: found.slice(0, MAX_LISTED).map((a) => a.action),
      actionCount: found.length,
      conditional: found.every((a) => a.decision === "conditional"),
      // Actions decided alike share one Decision: collect each Decision's statements once.
      statements: uniqueRefs([...new Set(found.map((a) => a.detail))].flatMap((d) => d.allowedBy.filter((r) => r.effect === "Allow" && r.source.kind !== "boundary" && r.source.kind !== "scp"))),
    });
  };
  if (admin.admin) {
    risks.push({ category: "full-admin", severity: "critical", title: "Full administrator: every action on every resource", actions: ["*"], actionCount: actions.length, conditional: admin.conditional, statements: admin.statements });
  }
  const lower = (list: string[]) => new Set(list.map((a) => a.toLowerCase()));
  const exfil = lower(EXFILTRATION);
  const creds = lower(CREDENTIALS);
  add("data-exfiltration", "high", "Can read data on every resource (e.g. s3:GetObject or kms:Decrypt on *)", actions.filter((a) => a.everyResource && exfil.has(a.key)));
  add("credentials-exposure", "high", "Can create or read credentials of other identities", actions.filter((a) => creds.has(a.key)));
  add(
    "resource-exposure",
    "high",
    "Can change resource policies or ACLs and so expose resources",
    actions.filter(
      (a) => (a.accessLevels.includes("Permissions management") && EXPOSURE_NAME.test(a.action) && !a.key.startsWith("iam:")) || a.action === "iam:UpdateAssumeRolePolicy",
    ),
  );
  add("infrastructure-modification", "medium", "Can modify infrastructure on every resource (Write actions without resource scoping)", actions.filter((a) => a.everyResource && a.accessLevels.includes("Write")));
  risks.push(...statementShapeRisks(principal));
  return risks;
}

/** Statement shapes that are risky by themselves: service wildcards, Allow with NotAction or NotResource. */
function statementShapeRisks(principal: IamPrincipal): IamRisk[] {
  const out: IamRisk[] = [];
  for (const policy of principal.policies) {
    for (const s of policy.statements) {
      if (s.effect !== "Allow") continue;
      const ref = { source: policy.source, statementIndex: s.index, sid: s.sid, effect: s.effect };
      const wildcards = (s.actions ?? []).filter((a) => /^[a-z0-9-]+:\*$/i.test(a));
      if (wildcards.length > 0) out.push({ category: "service-wildcard", severity: "medium", title: `Service wildcard ${wildcards.join(", ")}`, actions: wildcards, actionCount: wildcards.length, conditional: s.conditions.length > 0, statements: [ref] });
      if (s.notActions) out.push({ category: "not-action-allow", severity: "high", title: `Allow with NotAction ${s.notActions.join(", ")}: grants everything else, including future actions`, actions: s.notActions, actionCount: s.notActions.length, conditional: s.conditions.length > 0, statements: [ref] });
      if (s.notResources) out.push({ category: "not-resource-allow", severity: "medium", title: `Allow with NotResource ${s.notResources.join(", ")}: grants every other resource`, actions: s.actions ?? ["*"], actionCount: (s.actions ?? ["*"]).length, conditional: s.conditions.length > 0, statements: [ref] });
    }
  }
  return out;
}
