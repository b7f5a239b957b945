import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

type Obj = Record<string, unknown>;
const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Obj[]) : []);
const accountOf = (arn: unknown) => (typeof arn === "string" ? (/^arn:[^:]*:iam::(\d{12}):/.exec(arn)?.[1] ?? "") : "");

function decode(doc: unknown): unknown {
  if (typeof doc !== "string") return doc;
  try {
    return JSON.parse(doc.trim().startsWith("{") ? doc : decodeURIComponent(doc));
  } catch {
    return doc;
  }
}

/**
 * Turns a raw `aws iam get-account-authorization-details` dump (CLI or boto3 JSON; documents decoded or
 * URL-encoded) into the ResourceRecords the collectors would write, so the engine runs on real dumps.
 */
export function readAuthorizationDetails(dump: unknown): ResourceRecord[] {
  const d = (dump && typeof dump === "object" ? dump : {}) as Obj;
  const users = list(d.UserDetailList);
  const groups = list(d.GroupDetailList);
  const roles = list(d.RoleDetailList);
  const policies = list(d.Policies);
  const accountId = [...users, ...roles, ...groups].map((x) => accountOf(x.Arn)).find(Boolean) ?? "";
  const record = (type: string, arn: unknown, name: unknown, configuration: Obj): ResourceRecord => ({
    arn: String(arn),
    accountId: accountOf(arn) || accountId,
    region: GLOBAL_REGION,
    service: "iam",
    type,
    name: String(name),
    configuration,
  });
  const decodeList = (entries: unknown, key: string) => list(entries).map((e) => ({ ...e, [key]: decode(e[key]) }));
  const members = new Map<string, string[]>();
  for (const u of users) {
    for (const g of Array.isArray(u.GroupList) ? u.GroupList : []) {
      if (typeof g === "string") members.set(g, [...(members.get(g) ?? []), String(u.UserName)]);
    }
  }
  return [
    ...users.map((u) => record("AWS::IAM::User", u.Arn, u.UserName, { User: { ...u, UserPolicyList: decodeList(u.UserPolicyList, "PolicyDocument") } })),
    ...groups.map((g) =>
      record("AWS::IAM::Group", g.Arn, g.GroupName, {
        Group: { ...g, GroupPolicyList: decodeList(g.GroupPolicyList, "PolicyDocument") },
        Members: members.get(String(g.GroupName)) ?? [],
      }),
    ),
    ...roles.map((r) =>
      record("AWS::IAM::Role", r.Arn, r.RoleName, {
        Role: { ...r, AssumeRolePolicyDocument: decode(r.AssumeRolePolicyDocument), RolePolicyList: decodeList(r.RolePolicyList, "PolicyDocument") },
      }),
    ),
    ...policies.map((p) =>
      record("AWS::IAM::ManagedPolicy", p.Arn, p.PolicyName, {
        Policy: { ...p, PolicyVersionList: decodeList(p.PolicyVersionList, "Document") },
        AwsManaged: typeof p.Arn === "string" && p.Arn.includes(":iam::aws:policy/"),
      }),
    ),
  ];
}
