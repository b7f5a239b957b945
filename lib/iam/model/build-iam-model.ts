import type { ResourceRecord } from "@/lib/inventory/resource-record";
import type { IamGroup, IamManagedPolicy, IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import { normalizeTimestamp } from "@/lib/iam/model/normalize-timestamp";
import { readServiceLastAccessed } from "@/lib/iam/model/read-service-last-accessed";
import { parsePolicy } from "@/lib/policy/parse-policy";
import type { ParseProblem, ParsedPolicy } from "@/lib/policy/parsed-policy";

type Obj = Record<string, unknown>;

export interface BuildIamModelOptions {
  /** Decoded SCP documents per organisation level (root, OUs, account), when the caller has them. */
  scps?: unknown[][];
  /** Whether Lambda functions were collected; default: whenever a function record is present. */
  lambdaCollected?: boolean;
}

const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const accountOf = (arn: string) => /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(arn)?.[1] ?? "";

/**
 * Builds the engine's model from collected resources: IAM users, roles, groups and managed policies
 * (GetAccountAuthorizationDetails shapes), Lambda functions (their execution role and resource policy),
 * S3 buckets and KMS keys (their resource policies). Unreadable documents become parse problems.
 */
export function buildIamModel(resources: readonly ResourceRecord[], options: BuildIamModelOptions = {}): IamModel {
  const problems: ParseProblem[] = [];
  const keep = (p: ParsedPolicy) => {
    problems.push(...p.problems);
    return p;
  };
  const managedPolicies = new Map<string, IamManagedPolicy>();
  for (const r of resources.filter((x) => x.type === "AWS::IAM::ManagedPolicy")) {
    const detail = obj(r.configuration.Policy);
    const arn = str(detail.Arn) ?? r.arn;
    const versions = list(detail.PolicyVersionList);
    const current = versions.find((v) => v.IsDefaultVersion === true) ?? versions.find((v) => v.VersionId === detail.DefaultVersionId);
    const name = str(detail.PolicyName) ?? r.name;
    managedPolicies.set(arn, {
      arn,
      name,
      awsManaged: r.configuration.AwsManaged === true || arn.includes(":iam::aws:policy/"),
      policy: keep(parsePolicy(current?.Document ?? null, { kind: "managed", arn, name, viaGroup: null })),
      otherVersions: versions
        .filter((v) => v !== current)
        .map((v) => parsePolicy(v.Document ?? null, { kind: "managed", arn, name: `${name} ${str(v.VersionId) ?? ""}`, viaGroup: null })),
      attachedTo: [],
    });
  }
  const attached = (owner: string, refs: unknown, viaGroup: string | null): ParsedPolicy[] =>
    list(refs).flatMap((ref) => {
      const arn = str(ref.PolicyArn);
      if (!arn) return [];
      const managed = managedPolicies.get(arn);
      if (!managed) {
        problems.push({ policy: arn, statementIndex: null, severity: "warning", message: `attached to ${owner} but its document was not collected` });
        return [];
      }
      managed.attachedTo.push(owner);
      return [viaGroup ? { ...managed.policy, source: { ...managed.policy.source, viaGroup } } : managed.policy];
    });
  const inline = (owner: string, entries: unknown, viaGroup: string | null): ParsedPolicy[] =>
    list(entries).map((p) =>
      keep(parsePolicy(p.PolicyDocument ?? null, { kind: "inline", arn: null, name: `${owner}/${str(p.PolicyName) ?? "?"}`, viaGroup })),
    );

  const groups = new Map<string, IamGroup>();
  for (const r of resources.filter((x) => x.type === "AWS::IAM::Group")) {
    const detail = obj(r.configuration.Group);
    const name = str(detail.GroupName) ?? r.name;
    const arn = str(detail.Arn) ?? r.arn;
    const members = Array.isArray(r.configuration.Members) ? r.configuration.Members.filter((m): m is string => typeof m === "string") : [];
    groups.set(name, { arn, name, members, policies: [...inline(arn, detail.GroupPolicyList, name), ...attached(arn, detail.AttachedManagedPolicies, name)] });
  }

  // Users named as members, so each user finds its groups without scanning every group.
  const groupsByMember = new Map<string, string[]>();
  for (const g of groups.values()) {
    for (const m of g.members) {
      const names = groupsByMember.get(m);
      if (names) names.push(g.name);
      else groupsByMember.set(m, [g.name]);
    }
  }

  const principals: IamPrincipal[] = [];
  for (const r of resources) {
    if (r.type === "AWS::IAM::User") principals.push(buildUser(r));
    else if (r.type === "AWS::IAM::Role") principals.push(buildRole(r));
  }

  function boundaryOf(detail: Obj, owner: string): ParsedPolicy | null {
    const arn = str(obj(detail.PermissionsBoundary).PermissionsBoundaryArn);
    if (!arn) return null;
    const managed = managedPolicies.get(arn);
    if (!managed) {
      // An unreadable boundary still limits the principal: an empty boundary allows nothing, reported as a problem.
      problems.push({ policy: arn, statementIndex: null, severity: "error", message: `permissions boundary of ${owner} was not collected; treated as allowing nothing` });
      return parsePolicy({ Statement: [] }, { kind: "boundary", arn, name: arn, viaGroup: null });
    }
    return { ...managed.policy, source: { ...managed.policy.source, kind: "boundary" } };
  }

  function buildUser(r: ResourceRecord): IamPrincipal {
    const detail = obj(r.configuration.User);
    const arn = str(detail.Arn) ?? r.arn;
    const name = str(detail.UserName) ?? r.name;
    const groupNames = new Set(Array.isArray(detail.GroupList) ? detail.GroupList.filter((g): g is string => typeof g === "string") : []);
    for (const g of groupsByMember.get(name) ?? []) groupNames.add(g);
    const viaGroups = [...groupNames].flatMap((g) => groups.get(g)?.policies ?? []);
    const keys = Array.isArray(r.configuration.AccessKeys) ? r.configuration.AccessKeys.length : null;
    const credentials = obj(r.configuration.Credentials);
    const lastUsed = [str(credentials.password_last_used), str(credentials.access_key_1_last_used_date), str(credentials.access_key_2_last_used_date), ...list(r.configuration.AccessKeys).map((k) => str(k.LastUsedDate))]
      .map(normalizeTimestamp)
      .filter((d): d is string => d !== null)
      .sort()
      .pop() ?? null;
    return {
      arn,
      name,
      kind: "user",
      accountId: r.accountId || accountOf(arn),
      path: str(detail.Path) ?? "/",
      createDate: normalizeTimestamp(detail.CreateDate),
      policies: [...inline(arn, detail.UserPolicyList, null), ...attached(arn, detail.AttachedManagedPolicies, null), ...viaGroups],
      boundary: boundaryOf(detail, arn),
      trustPolicy: null,
      groups: [...groupNames],
      tags: tagsOf(detail.Tags),
      instanceProfiles: [],
      accessKeyCount: keys,
      hasLoginProfile: "LoginProfile" in r.configuration ? r.configuration.LoginProfile !== null : credentials.password_enabled === true ? true : null,
      lastUsed,
      serviceLastAccessed: readServiceLastAccessed(r.configuration.ServiceLastAccessed),
      serviceLinked: false,
    };
  }

  function buildRole(r: ResourceRecord): IamPrincipal {
    const detail = obj(r.configuration.Role);
    const arn = str(detail.Arn) ?? r.arn;
    const path = str(detail.Path) ?? "/";
    return {
      arn,
      name: str(detail.RoleName) ?? r.name,
      kind: "role",
      accountId: r.accountId || accountOf(arn),
      path,
      createDate: normalizeTimestamp(detail.CreateDate),
      policies: [...inline(arn, detail.RolePolicyList, null), ...attached(arn, detail.AttachedManagedPolicies, null)],
      boundary: boundaryOf(detail, arn),
      trustPolicy: keep(parsePolicy(detail.AssumeRolePolicyDocument ?? null, { kind: "trust", arn, name: `${arn} trust policy`, viaGroup: null }, { kind: "resource" })),
      groups: [],
      tags: tagsOf(detail.Tags),
      instanceProfiles: list(detail.InstanceProfileList).map((p) => str(p.InstanceProfileName) ?? "").filter(Boolean),
      accessKeyCount: null,
      hasLoginProfile: null,
      lastUsed: normalizeTimestamp(obj(detail.RoleLastUsed).LastUsedDate),
      serviceLastAccessed: readServiceLastAccessed(r.configuration.ServiceLastAccessed),
      serviceLinked: path.startsWith("/aws-service-role/") || path.startsWith("/aws-reserved/"),
    };
  }

  const resourcePolicy = (r: ResourceRecord, doc: unknown) =>
    doc === null || doc === undefined ? null : keep(parsePolicy(doc, { kind: "resource", arn: r.arn, name: r.name, viaGroup: null }, { kind: "resource" }));
  const functions = resources
    .filter((r) => r.type === "AWS::Lambda::Function")
    .map((r) => ({ arn: r.arn, name: r.name, roleArn: str(obj(r.configuration.Configuration).Role), policy: resourcePolicy(r, r.configuration.Policy) }));
  const withPolicies = resources
    .filter((r) => r.type === "AWS::S3::Bucket" || r.type === "AWS::KMS::Key")
    .map((r) => ({
      arn: r.arn,
      name: r.name,
      type: r.type as "AWS::S3::Bucket" | "AWS::KMS::Key",
      policy: resourcePolicy(r, r.type === "AWS::S3::Bucket" ? r.configuration.Policy : r.configuration.KeyPolicy),
    }));
  const scps = (options.scps ?? []).map((level, i) =>
    level.map((doc, j) => keep(parsePolicy(doc, { kind: "scp", arn: null, name: `SCP level ${i + 1} #${j + 1}`, viaGroup: null }))),
  );
  return {
    accountIds: [...new Set(principals.map((p) => p.accountId).filter(Boolean))],
    principals,
    byArn: new Map(principals.map((p) => [p.arn, p])),
    groups,
    managedPolicies,
    functions,
    resources: withPolicies,
    scps,
    lambdaCollected: options.lambdaCollected ?? functions.length > 0,
    problems,
  };
}

function tagsOf(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of list(raw)) if (typeof t.Key === "string") out[t.Key] = String(t.Value ?? "");
  return out;
}
