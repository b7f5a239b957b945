import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

type Obj = Record<string, unknown>;
const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

interface PolicyRef {
  name: string;
  arn: string;
  document: unknown;
}

/**
 * Test support: turns iam-vulnerable's paths.json (the Terraform's principals and policy documents) into the
 * ResourceRecords the collectors would write for that account.
 */
export function readIamVulnerablePaths(data: unknown): ResourceRecord[] {
  const d = data as Obj;
  const principals = [
    ...list(d.paths).flatMap((p) => [...list(p.starting_principals), ...list(p.other_principals_in_file)]),
    ...list(d.tool_testing).flatMap((t) => list(t.principals)),
    ...list(d.other_principals).flatMap((o) => list(o.principals)),
  ];
  const policies = new Map<string, PolicyRef>();
  const refs = (entries: unknown) =>
    list(entries).map((p) => {
      const ref = { name: String(p.name), arn: String(p.arn), document: p.document };
      if (ref.document) policies.set(ref.arn, ref);
      return { PolicyName: ref.name, PolicyArn: ref.arn };
    });
  const record = (type: string, arn: string, name: string, configuration: Obj): ResourceRecord => ({
    arn,
    accountId: /::(\d{12}):/.exec(arn)?.[1] ?? "",
    region: GLOBAL_REGION,
    service: "iam",
    type,
    name,
    configuration,
  });
  const groups = new Map<string, { arn: string; members: Set<string>; attached: Obj[] }>();
  const group = (name: string, arn: string) => {
    const g = groups.get(name) ?? { arn, members: new Set<string>(), attached: [] };
    groups.set(name, g);
    return g;
  };
  const out = new Map<string, ResourceRecord>();
  for (const p of principals) {
    const name = String(p.name);
    const arn = String(p.arn);
    if (p.type === "group") {
      const g = group(name, arn);
      for (const m of (p.members as string[] | undefined) ?? []) g.members.add(m);
      g.attached.push(...refs(p.attached_policies));
    } else if (p.type === "user") {
      for (const via of list(p.policies_via_groups)) {
        const g = group(String(via.group), arn.replace(/:user\/.*/, `:group/${String(via.group)}`));
        g.members.add(name);
        g.attached.push(...refs(via.policies));
      }
      out.set(arn, record("AWS::IAM::User", arn, name, {
        User: { UserName: name, Arn: arn, Path: "/", GroupList: p.groups ?? [], AttachedManagedPolicies: refs(p.attached_policies), UserPolicyList: [] },
        AccessKeys: p.has_access_key ? [{ Status: "Active" }] : [],
      }));
    } else if (p.type === "role") {
      out.set(arn, record("AWS::IAM::Role", arn, name, {
        Role: {
          RoleName: name,
          Arn: arn,
          Path: "/",
          AssumeRolePolicyDocument: p.trust_policy,
          AttachedManagedPolicies: refs(p.attached_policies),
          RolePolicyList: [],
          InstanceProfileList: p.instance_profile ? [{ InstanceProfileName: p.instance_profile }] : [],
        },
      }));
    }
  }
  for (const [name, g] of groups) {
    const unique = [...new Map(g.attached.map((a) => [a.PolicyArn, a])).values()];
    out.set(g.arn, record("AWS::IAM::Group", g.arn, name, { Group: { GroupName: name, Arn: g.arn, AttachedManagedPolicies: unique, GroupPolicyList: [] }, Members: [...g.members] }));
  }
  for (const p of policies.values()) {
    out.set(p.arn, record("AWS::IAM::ManagedPolicy", p.arn, p.name, {
      Policy: { PolicyName: p.name, Arn: p.arn, DefaultVersionId: "v1", PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: true, Document: p.document }] },
      AwsManaged: p.arn.includes(":iam::aws:policy/"),
    }));
  }
  return [...out.values()];
}
