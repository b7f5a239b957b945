import type { CheckDefinition } from "@/lib/checks/check-definition";
import { daysSince } from "@/lib/checks/days-since";
import { requireData } from "@/lib/checks/require-data";
import { evaluatePrincipalRequest } from "@/lib/iam/evaluate/evaluate-principal-request";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import { isFullAdmin } from "@/lib/iam/risks/is-full-admin";
import { serviceActions } from "@/lib/policy/action-catalogue";

interface Definition {
  kind: "user" | "role";
  /** IAM service prefix, as in last-accessed reports: "bedrock", "sagemaker". */
  namespace: string;
  /** "Amazon Bedrock" */
  label: string;
  severity: "medium" | "low";
  rationale: string;
  /** The actions that matter most, tried (and named in the evidence) first. */
  keyActions: readonly string[];
}

/** At most this many granted actions are named in the evidence. */
const SHOWN = 5;

/**
 * What the principal may really do in the service, as the IAM engine decides it (denies, boundaries and SCPs
 * count): up to SHOWN actions, List-only actions left out (enumerating models is not using them).
 */
function grantedActions(model: IamModel, principal: IamPrincipal, namespace: string, keyActions: readonly string[], now: Date): string[] {
  // Most principals name the service nowhere: skip evaluating its ~200 actions for them.
  const names = principal.policies.some((p) => [...(p.byService.get(namespace) ?? []), ...(p.byService.get("*") ?? [])].some((s) => s.effect === "Allow"));
  if (!names) return [];
  const out: string[] = [];
  const rest = serviceActions(namespace).filter((a) => !(a.accessLevels.length === 1 && a.accessLevels[0] === "List") && !keyActions.includes(a.action));
  for (const action of [...keyActions, ...rest.map((a) => a.action)]) {
    if (evaluatePrincipalRequest(model, principal, action, "*", { now }).decision !== "denied") out.push(action);
    if (out.length >= SHOWN) break;
  }
  return out;
}

/**
 * "Principals granted SERVICE used it recently" (Prowler's stale Bedrock / SageMaker access), decided with the
 * IAM engine's effective permissions and IAM's service last-accessed report. The window is the account's
 * unused-credential age (unusedCredentialDays); principals younger than the window are not called stale.
 */
export function defineStaleServiceAccessCheck(d: Definition): CheckDefinition {
  const detailKey = d.kind === "user" ? "User" : "Role";
  const plural = d.kind === "user" ? "IAM users" : "IAM roles";
  return {
    id: `iam_${d.kind}_no_stale_${d.namespace}_access`,
    title: `${plural} granted ${d.label} have used it within the unused-credential window`,
    service: "iam",
    resourceType: d.kind === "user" ? "AWS::IAM::User" : "AWS::IAM::Role",
    severity: d.severity,
    rationale: d.rationale,
    remediation: {
      console: [
        `Open the IAM console > ${d.kind === "user" ? "Users" : "Roles"} and choose <${d.kind}-name>; the Last Accessed tab shows when ${d.label} was last used.`,
        `Remove the ${d.namespace}:* permissions from the ${d.kind}'s policies (or from the group that grants them) if the ${d.kind} no longer needs ${d.label}.`,
      ],
      cli: `aws iam generate-service-last-accessed-details --arn <${d.kind}-arn>\naws iam get-service-last-accessed-details --job-id <job-id> --query "ServicesLastAccessed[?ServiceNamespace=='${d.namespace}']"`,
      terraform: `# In the aws_iam_policy_document attached to <${d.kind}-name>, remove the "${d.namespace}:*" actions the ${d.kind} no longer uses.`,
    },
    compliance: [
      { framework: "nist-800-53-r5", requirement: "AC-6" },
      { framework: "nist-800-53-r5", requirement: "AC-2(3)" },
    ],
    evaluate(resource, { now, settings, analyses }) {
      const missing = requireData(resource, { [detailKey]: ["GetAccountAuthorizationDetails"] });
      if (missing) return missing;
      const model = analyses.iamModel();
      const principal = model.byArn.get((resource.configuration[detailKey] as { Arn?: string }).Arn ?? resource.arn);
      if (!principal) return { status: "unknown", reason: `The IAM engine has no ${d.kind} ${resource.arn} in its model.` };
      if (principal.serviceLinked) return { status: "not_applicable", reason: "Service-linked and AWS-reserved roles are managed by AWS." };
      const granted = grantedActions(model, principal, d.namespace, d.keyActions, now);
      if (granted.length === 0) return { status: "not_applicable", reason: `The ${d.kind} cannot use ${d.label} (beyond listing).` };
      if (isFullAdmin(model, principal, { now }).admin) return { status: "not_applicable", reason: `The ${d.kind} is a full administrator; the administrator checks report that, not its ${d.label} use.` };
      const usage = requireData(resource, { ServiceLastAccessed: ["GenerateServiceLastAccessedDetails", "GetServiceLastAccessedDetails"] });
      if (usage) return usage;
      const window = settings.unusedCredentialDays;
      const age = daysSince(principal.createDate, now);
      if (age !== null && age <= window) return { status: "pass", reason: `The ${d.kind} was created ${age} day(s) ago, within the ${window}-day window.` };
      const last = principal.serviceLastAccessed?.services.find((s) => s.namespace === d.namespace)?.lastAuthenticated ?? null;
      const idle = daysSince(last, now);
      const evidence = { grantedActions: granted, lastAccessed: last, windowDays: window };
      if (idle === null) return { status: "fail", reason: `The ${d.kind} may use ${d.label} (${granted.join(", ")}${granted.length >= SHOWN ? ", ..." : ""}) but has never used it.`, evidence };
      return idle > window
        ? { status: "fail", reason: `The ${d.kind} may use ${d.label} but last did ${idle} days ago (window ${window} days).`, evidence }
        : { status: "pass", reason: `The ${d.kind} used ${d.label} ${idle} day(s) ago.`, evidence };
    },
  };
}
