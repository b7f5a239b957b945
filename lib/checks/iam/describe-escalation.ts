import type { HopThrough } from "@/lib/checks/iam/analyze-escalation";
import type { EscalationHop, EscalationPath } from "@/lib/iam/escalation/escalation-path";
import { ADMIN } from "@/lib/iam/escalation/escalation-path";
import { describeSource } from "@/lib/policy/parsed-policy";

/** At most this many principals are listed in a policy's or group's evidence. */
const MAX_LISTED = 10;

const nameOf = (arn: string) => arn.slice(arn.lastIndexOf("/") + 1) || arn;

/** "iam:PassRole + ec2:RunInstances on role/ec2-admin (becoming ec2-admin)" */
export function describeHop(hop: EscalationHop): string {
  const on = hop.via ? ` on ${hop.via}` : "";
  const becoming = hop.to === ADMIN ? "" : ` (becoming ${nameOf(hop.to)})`;
  return `${hop.techniqueName}${on}${becoming}`;
}

/** One path as a sentence fragment, with what the engine could not decide. */
export function describePath(path: EscalationPath): string {
  const steps = path.hops.map(describeHop).join(", then ");
  const undecided = [...new Set(path.hops.flatMap((h) => h.undecided))];
  const assumptions = [...new Set(path.hops.flatMap((h) => h.assumptions))];
  const ifs = undecided.length > 0 ? ` if these conditions hold: ${undecided.join("; ")}` : "";
  const assuming = assumptions.length > 0 ? ` (assuming ${assumptions.join("; ")})` : "";
  return `${steps}${ifs}${assuming}`;
}

/** A hop as evidence: technique, target, the granting statements, undecided conditions and assumptions. */
export function hopEvidence(hop: EscalationHop) {
  return {
    technique: hop.technique,
    name: hop.techniqueName,
    from: hop.from,
    to: hop.to === ADMIN ? "administrator" : hop.to,
    via: hop.via,
    grantedBy: hop.statements.map((ref) => ({ policy: describeSource(ref.source), statement: ref.sid ?? ref.statementIndex })),
    ...(hop.undecided.length > 0 ? { undecidedConditions: hop.undecided } : {}),
    ...(hop.assumptions.length > 0 ? { assumptions: hop.assumptions } : {}),
  };
}

/** Evidence for a principal: the path shown first (certain before conditional), hop by hop. */
export function pathEvidence(paths: readonly EscalationPath[]) {
  const [first] = paths;
  return {
    conditional: paths.every((p) => p.conditional),
    path: first?.hops.map(hopEvidence) ?? [],
    otherPaths: Math.max(0, paths.length - 1),
  };
}

/** Evidence for a policy or group: the principals that escalate through it, each with its first hop. */
export function throughEvidence(through: readonly HopThrough[]) {
  return {
    principals: through.length,
    examples: through.slice(0, MAX_LISTED).map(({ principal, hop }) => ({ principal: principal.arn, hop: hopEvidence(hop) })),
  };
}

/** "alice (iam:CreatePolicyVersion on ...), deploy (...) and 3 more" */
export function summariseThrough(through: readonly HopThrough[], shown = 2): string {
  const named = through.slice(0, shown).map(({ principal, hop }) => `${principal.name} (${describeHop(hop)})`);
  const more = through.length - named.length;
  return more > 0 ? `${named.join(", ")} and ${more} more` : named.join(" and ");
}
