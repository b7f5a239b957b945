import type { InventoryView } from "@/lib/checks/check-definition";
import type { ReadProjection } from "@/lib/checks/check-reads";
import type { EscalationHop, EscalationPath } from "@/lib/iam/escalation/escalation-path";
import { findEscalationPaths } from "@/lib/iam/escalation/find-escalation-paths";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import { buildIamModel } from "@/lib/iam/model/build-iam-model";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

/** The resource types the IAM engine reads here: identities, their policies, and functions that run as roles. */
const ENGINE_TYPES = ["AWS::IAM::ManagedPolicy", "AWS::IAM::Group", "AWS::IAM::User", "AWS::IAM::Role", "AWS::Lambda::Function"] as const;

/** What the engine reads of a Lambda function (lib/iam/model/build-iam-model.ts): its role and resource policy. */
export const ENGINE_FUNCTION_READ: ReadProjection = {
  type: "AWS::Lambda::Function",
  key: "AWS::Lambda::Function#role-and-policy",
  project: (record) => [record.name, (record.configuration.Configuration as { Role?: unknown } | undefined)?.Role ?? null, record.configuration.Policy ?? null],
};

/**
 * The IAM engine's model of the account's identities (lib/iam), built from the inventory. Bucket and key policies
 * are left out: no check here asks about them, and they are most of the parsing at 100k resources.
 */
export function buildCheckIamModel(inventory: InventoryView): IamModel {
  return buildIamModel(ENGINE_TYPES.flatMap((type) => inventory.byType(type)));
}

/** A principal's first hop that uses a statement of one policy or group. */
export interface HopThrough {
  principal: IamPrincipal;
  hop: EscalationHop;
}

/** The IAM engine's escalation graph of one account, indexed for per-resource checks. */
export interface EscalationAnalysis {
  model: IamModel;
  admins: ReadonlySet<string>;
  paths: ReadonlyMap<string, EscalationPath[]>;
  /** Customer-managed policy ARN -> first hops granted (partly) by one of its statements. */
  hopsByPolicy: ReadonlyMap<string, HopThrough[]>;
  /** Group name -> first hops granted (partly) by a policy the member receives through the group. */
  hopsByGroup: ReadonlyMap<string, HopThrough[]>;
  /** Group name -> the users in it. */
  membersByGroup: ReadonlyMap<string, IamPrincipal[]>;
  /** Policies attached to (or bounding) a principal, directly or through a group, whose documents were not collected. */
  uncollectedPolicies(principal: IamPrincipal): string[];
}

/**
 * Runs the IAM engine's escalation search (lib/iam: 66 techniques, explicit denies, permission boundaries,
 * SCPs when known, resource scoping and conditions) once over the account's model. Checks call it through
 * `context.analyses.escalation()`, so one evaluation searches once, whatever the number of resources.
 */
export function analyzeEscalation(inventory: InventoryView, model: IamModel, now: Date): EscalationAnalysis {
  const records: ResourceRecord[] = ENGINE_TYPES.flatMap((type) => inventory.byType(type));
  const result = findEscalationPaths(model, { now });
  const hopsByPolicy = new Map<string, HopThrough[]>();
  const hopsByGroup = new Map<string, HopThrough[]>();
  const seen = new Set<string>();
  // One entry per (policy or group, principal): the principal's best hop through it.
  const add = (index: Map<string, HopThrough[]>, key: string, entry: HopThrough) => {
    const id = `${index === hopsByPolicy ? "p" : "g"}|${key}|${entry.principal.arn}`;
    if (seen.has(id)) return;
    seen.add(id);
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  for (const [arn, hops] of result.firstHops) {
    const principal = model.byArn.get(arn);
    if (!principal) continue;
    for (const hop of hops) {
      for (const ref of hop.statements) {
        if (ref.source.kind === "managed" && ref.source.arn) add(hopsByPolicy, ref.source.arn, { principal, hop });
        if (ref.source.viaGroup) add(hopsByGroup, ref.source.viaGroup, { principal, hop });
      }
    }
  }
  const membersByGroup = new Map<string, IamPrincipal[]>();
  for (const p of model.principals) {
    for (const name of p.groups) {
      const members = membersByGroup.get(name);
      if (members) members.push(p);
      else membersByGroup.set(name, [p]);
    }
  }
  const missing = missingDocuments(records, model);
  return {
    model,
    admins: result.admins,
    paths: result.paths,
    hopsByPolicy,
    hopsByGroup,
    membersByGroup,
    uncollectedPolicies: (principal) => [
      ...new Set([
        ...(missing.get(principal.arn) ?? []),
        ...principal.groups.flatMap((name) => missing.get(model.groups.get(name)?.arn ?? "") ?? []),
      ]),
    ],
  };
}

/** Request keys whose value is the time of the request (lib/iam/evaluate/build-request.ts). */
const TIME_KEYS = new Set(["aws:currenttime", "aws:epochtime", "aws:tokenissuetime"]);

/**
 * Whether the escalation search's answer can change with the clock alone: only through a condition on a time
 * key (an access that expires, or starts, at a date). Without one, the same model gives the same paths tomorrow.
 */
export function escalationDependsOnTime(model: IamModel): boolean {
  const policies = [
    ...model.principals.flatMap((p) => [...p.policies, p.boundary, p.trustPolicy]),
    ...[...model.groups.values()].flatMap((g) => g.policies),
    ...[...model.managedPolicies.values()].flatMap((m) => [m.policy, ...m.otherVersions]),
    ...model.functions.map((f) => f.policy),
    ...model.resources.map((r) => r.policy),
  ];
  return policies.some((policy) => policy?.statements.some((s) => s.conditions.some((c) => TIME_KEYS.has(c.keyLower))));
}

/** Owner ARN -> managed policies it names (attached or as its boundary) that the inventory does not hold. */
function missingDocuments(records: readonly ResourceRecord[], model: IamModel): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of records) {
    const key = r.type === "AWS::IAM::User" ? "User" : r.type === "AWS::IAM::Role" ? "Role" : r.type === "AWS::IAM::Group" ? "Group" : null;
    if (!key) continue;
    const detail = (r.configuration[key] ?? {}) as { Arn?: string; AttachedManagedPolicies?: { PolicyArn?: string }[]; PermissionsBoundary?: { PermissionsBoundaryArn?: string } };
    const named = [...(detail.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn), detail.PermissionsBoundary?.PermissionsBoundaryArn];
    const absent = named.filter((arn): arn is string => typeof arn === "string" && !model.managedPolicies.has(arn));
    if (absent.length > 0) out.set(detail.Arn ?? r.arn, absent);
  }
  return out;
}
