import { describeSource } from "@/lib/policy/parsed-policy";
import type { StatementRef } from "@/lib/iam/evaluate/evaluate-request";
import { ADMIN } from "@/lib/iam/escalation/escalation-path";
import { findGrantingStatement } from "./find-granting-statement";
import type { PrincipalDetail } from "./principal-detail";
import { riskCategoryLabel } from "./risk-categories";
import { techniquePermissions } from "./technique-permissions";

const SERVICES_SHOWN = 15;
const nameOf = (arn: string) => (arn === ADMIN ? "ADMIN" : (arn.split("/").pop() ?? arn));
const refLabel = (ref: StatementRef) => `${describeSource(ref.source)}, statement ${ref.statementIndex}${ref.sid ? ` (${ref.sid})` : ""}`;

/**
 * A principal's analysis as text for the terminal (`vigil principals show`): permissions by service, each
 * risk with its granting statements, escalation paths hop by hop, and the least-privilege suggestion with its proof.
 */
export function describePrincipal(detail: PrincipalDetail, context: { accountId: string; analysedAt: Date | null }): string {
  const out: string[] = [];
  const line = (text = "") => out.push(text);
  line(`${detail.name} (${detail.kind})${detail.fullAdmin ? "  [FULL ADMIN]" : ""}`);
  line(`  ${detail.arn}`);
  line(`  account ${context.accountId}${context.analysedAt ? `, analysed ${context.analysedAt.toISOString()}` : ""}`);

  const { permissions } = detail;
  line();
  line(`Effective permissions: ${permissions.allowedActions} allowed, ${permissions.conditionalActions} conditional actions`);
  // Wildcard grants reach hundreds of services: the terminal gets the largest; JSON has them all.
  const services = [...permissions.services].sort((a, b) => b.allowed + b.conditional - (a.allowed + a.conditional) || a.service.localeCompare(b.service));
  for (const s of services.slice(0, SERVICES_SHOWN)) {
    const levels = Object.entries(s.accessLevels).map(([level, count]) => `${level} ${count}`).join(", ");
    line(`  ${s.service.padEnd(28)} ${String(s.allowed).padStart(5)} allowed ${String(s.conditional).padStart(4)} conditional ${String(s.unrestricted).padStart(5)} on every resource   ${levels}`);
  }
  if (services.length > SERVICES_SHOWN) line(`  ... and ${services.length - SERVICES_SHOWN} more services (--format json lists them all)`);

  line();
  line(`Risks (${detail.risks.length})`);
  if (detail.risks.length === 0) line("  none");
  for (const risk of detail.risks) {
    line(`  [${risk.severity.toUpperCase()}] ${risk.title} — ${riskCategoryLabel(risk.category)}${risk.conditional ? " (conditional)" : ""}`);
    if (risk.actions.length > 0) line(`    actions: ${risk.actions.join(", ")}${risk.actionCount > risk.actions.length ? ` (+${risk.actionCount - risk.actions.length} more)` : ""}`);
    for (const ref of risk.statements) {
      line(`    granted by ${refLabel(ref)}`);
      const statement = findGrantingStatement(detail.policies, ref);
      if (statement) line(`      ${JSON.stringify(statement)}`);
    }
  }

  line();
  line(`Escalation paths (${detail.escalationPaths.length})`);
  if (detail.escalationPaths.length === 0) line("  none");
  detail.escalationPaths.forEach((path, index) => {
    line(`  Path ${index + 1}${path.conditional ? " (conditional)" : ""}: ${[path.hops[0]?.from ?? detail.arn, ...path.hops.map((hop) => hop.to)].map(nameOf).join(" -> ")}`);
    path.hops.forEach((hop, step) => {
      line(`    ${step + 1}. ${nameOf(hop.from)} --[${hop.techniqueName}]--> ${nameOf(hop.to)}${hop.via ? ` via ${hop.via}` : ""}`);
      const used = techniquePermissions(hop.technique);
      if (used.length > 0) line(`       permissions: ${used.join(", ")}`);
      for (const ref of hop.statements) line(`       granted by ${refLabel(ref)}`);
      for (const condition of hop.undecided) line(`       undecided: ${condition}`);
      for (const assumption of hop.assumptions) line(`       assumes: ${assumption}`);
    });
  });

  const suggestion = detail.suggestion;
  line();
  line(`Least-privilege suggestion: ${suggestion.state}`);
  line(`  ${suggestion.reason}`);
  if (suggestion.state === "replace") {
    line(`  keeps ${suggestion.usedActions.length} actions used in the last ${suggestion.windowDays} days; removes:`);
    for (const group of suggestion.removed) line(`    ${group.risk.padEnd(24)} ${group.actions.length} actions (${group.actions.slice(0, 5).join(", ")}${group.actions.length > 5 ? ", ..." : ""})`);
    const proof = suggestion.proof;
    line(`  proof: ${proof.verified ? "verified" : "NOT verified"} by simulation over ${proof.checkedActions} actions`);
    if (proof.lostUsedActions.length > 0) line(`    used actions lost: ${proof.lostUsedActions.join(", ")}`);
    if (proof.widenedActions.length > 0) line(`    actions widened: ${proof.widenedActions.join(", ")}`);
    line(`  download: vigil suggestion ${detail.arn} --format json|terraform`);
  }
  return `${out.join("\n")}\n`;
}
