import type { ResourceRecord } from "@/lib/inventory/resource-record";
import type { PermissionSummary } from "@/lib/iam/effective/summarize-permissions";
import { summarizePermissions } from "@/lib/iam/effective/summarize-permissions";
import { listEffectiveActions } from "@/lib/iam/effective/list-effective-actions";
import type { EscalationPath } from "@/lib/iam/escalation/escalation-path";
import { findEscalationPaths } from "@/lib/iam/escalation/find-escalation-paths";
import type { BuildIamModelOptions } from "@/lib/iam/model/build-iam-model";
import { buildIamModel } from "@/lib/iam/model/build-iam-model";
import type { ParseProblem } from "@/lib/policy/parsed-policy";
import { findPermissionRisks } from "@/lib/iam/risks/find-permission-risks";
import { findTrustRisks } from "@/lib/iam/risks/find-trust-risks";
import type { IamRisk } from "@/lib/iam/risks/iam-risk";
import { uniqueRefs } from "@/lib/iam/risks/iam-risk";
import { isFullAdmin } from "@/lib/iam/risks/is-full-admin";
import type { Suggestion } from "@/lib/iam/suggestions/suggest-least-privilege";
import { suggestLeastPrivilege } from "@/lib/iam/suggestions/suggest-least-privilege";

export interface AnalyzeOptions extends BuildIamModelOptions {
  now: Date;
  /** Usage window for least-privilege suggestions, in days (default 90). */
  window?: number;
  /** Longest escalation path searched (default 5). */
  maxDepth?: number;
}

export interface PrincipalAnalysis {
  arn: string;
  name: string;
  kind: "user" | "role";
  fullAdmin: boolean;
  permissions: PermissionSummary;
  risks: IamRisk[];
  escalationPaths: EscalationPath[];
  suggestion: Suggestion;
}

export interface AccountIamAnalysis {
  generatedAt: string;
  windowDays: number;
  principals: PrincipalAnalysis[];
  problems: ParseProblem[];
}

/**
 * The IAM engine's full analysis of one account's inventory: per user and role, its effective permissions,
 * risks with the statements that grant them, privilege-escalation paths hop by hop, and a least-privilege
 * suggestion; plus every policy parse problem. The result is plain JSON.
 */
export function analyzeAccountIam(resources: readonly ResourceRecord[], options: AnalyzeOptions): AccountIamAnalysis {
  const windowDays = options.window ?? 90;
  const model = buildIamModel(resources, options);
  const request = { now: options.now };
  const escalation = findEscalationPaths(model, { ...request, maxDepth: options.maxDepth });
  const principals = model.principals.map((p): PrincipalAnalysis => {
    const actions = listEffectiveActions(model, p, request);
    const admin = isFullAdmin(model, p, request);
    const paths = escalation.paths.get(p.arn) ?? [];
    const risks = [...findPermissionRisks(p, actions, admin), ...(p.kind === "role" ? findTrustRisks(p, model.accountIds) : [])];
    if (paths.length > 0) {
      risks.unshift({
        category: "privilege-escalation",
        severity: "critical",
        title: `Can escalate to administrator (${paths[0]?.hops.map((h) => h.techniqueName).join(" -> ")})`,
        actions: [...new Set(paths.flatMap((x) => x.hops[0]?.techniqueName ?? []))],
        actionCount: paths.length,
        conditional: paths.every((x) => x.conditional),
        statements: uniqueRefs(paths.flatMap((x) => x.hops[0]?.statements ?? [])),
      });
    }
    return {
      arn: p.arn,
      name: p.name,
      kind: p.kind,
      fullAdmin: admin.admin,
      permissions: summarizePermissions(actions),
      risks,
      escalationPaths: paths,
      suggestion: suggestLeastPrivilege(model, p, actions, { ...request, windowDays }),
    };
  });
  return { generatedAt: options.now.toISOString(), windowDays, principals, problems: model.problems };
}
