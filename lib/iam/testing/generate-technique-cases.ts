/**
 * Writes lib/iam/cases/techniques/<id>.json: for every technique of the catalogue, a small account where an
 * attacker escalates through it and a decoy holding the same-looking grant does not. The decoy is neutralised in
 * one of five ways, in turn: resource scoping, an explicit Deny in another policy, a permissions boundary, an
 * SCP, or a condition that cannot hold. Run: npx tsx --tsconfig tsconfig.json lib/iam/testing/generate-technique-cases.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Technique } from "@/lib/iam/escalation/technique";
import { TECHNIQUES } from "@/lib/iam/escalation/technique-catalogue";

const ACCOUNT = "123456789012";
const arn = (kind: string, name: string) => `arn:aws:iam::${ACCOUNT}:${kind}/${name}`;
const ADMIN_DOC = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };
const ALL_SERVICES = ["ec2.amazonaws.com", "lambda.amazonaws.com", "glue.amazonaws.com", "sagemaker.amazonaws.com", "cloudformation.amazonaws.com", "codebuild.amazonaws.com", "ecs-tasks.amazonaws.com", "datapipeline.amazonaws.com", "bedrock-agentcore.amazonaws.com", "tasks.apprunner.amazonaws.com"];
const DECOYS = ["scoped to its own ARN", "explicit Deny in another policy", "capped by a permissions boundary", "denied by an SCP", "behind a condition that cannot hold"] as const;

function policy(name: string, document: unknown, versions: unknown[] = []) {
  const arnOf = arn("policy", name);
  return {
    PolicyName: name,
    Arn: arnOf,
    Path: "/",
    DefaultVersionId: "v1",
    PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: true, Document: document }, ...versions.map((d, i) => ({ VersionId: `v${i + 2}`, IsDefaultVersion: false, Document: d }))],
  };
}

function buildCase(t: Technique, index: number) {
  const variant = DECOYS[index % DECOYS.length] ?? DECOYS[0];
  const kind = t.actor === "user" ? "user" : "role";
  const actions = [...new Set([...t.permissions.map((p) => p.action), ...(t.entry === "assume" && t.target !== "role" ? ["sts:AssumeRole"] : []), ...(t.entry === "update-trust" && t.target === "role-modify" ? ["iam:UpdateAssumeRolePolicy"] : [])])];
  // Scoping a self-targeting grant to the actor's own ARN would still escalate; those use the AWS-managed namespace (fp4).
  const selfTargeting = ["self", "self-policy", "own-group", "role-modify"].includes(t.target);
  const attackerArn = arn(kind, "attacker");
  const decoyArn = arn(kind, "decoy");
  const grant = (resource: string, condition?: unknown) => ({ Version: "2012-10-17", Statement: [{ Sid: "Grant", Effect: "Allow", Action: actions, Resource: resource, ...(condition ? { Condition: condition } : {}) }] });
  const decoyGrant =
    variant === "scoped to its own ARN"
      ? grant(selfTargeting ? "arn:aws:iam::aws:policy/*" : decoyArn)
      : variant === "behind a condition that cannot hold"
        ? grant("*", { DateLessThan: { "aws:CurrentTime": "2001-01-01T00:00:00Z" } })
        : grant("*");
  const policies = [
    policy("attacker-policy", grant("*"), t.id === "vigil-iam-set-default-policy-version" ? [ADMIN_DOC] : []),
    policy("decoy-policy", decoyGrant, t.id === "vigil-iam-set-default-policy-version" && variant !== "scoped to its own ARN" ? [ADMIN_DOC] : []),
    policy("admin-policy", ADMIN_DOC),
    policy("victim-policy", { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] }),
    policy("deny-policy", { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: actions, Resource: "*" }] }),
    policy("read-only-boundary", { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:Get*", "s3:List*"], Resource: "*" }] }),
  ];
  const attached = (...names: string[]) => names.map((n) => ({ PolicyName: n, PolicyArn: arn("policy", n) }));
  const decoyExtras = {
    AttachedManagedPolicies: attached("decoy-policy", ...(variant === "explicit Deny in another policy" ? ["deny-policy"] : [])),
    ...(variant === "capped by a permissions boundary" ? { PermissionsBoundary: { PermissionsBoundaryType: "Policy", PermissionsBoundaryArn: arn("policy", "read-only-boundary") } } : {}),
  };
  const rootTrust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "sts:AssumeRole" }] };
  const actorTrust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ssm.amazonaws.com" }, Action: "sts:AssumeRole" }] };
  const serviceTrust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: ALL_SERVICES }, Action: "sts:AssumeRole" }] };
  const role = (name: string, trust: unknown, extra: object) => ({ RoleName: name, Arn: arn("role", name), Path: "/", CreateDate: "2024-01-01 00:00:00+00:00", AssumeRolePolicyDocument: trust, RolePolicyList: [], AttachedManagedPolicies: [], InstanceProfileList: [], ...extra });
  const user = (name: string, extra: object) => ({ UserName: name, Arn: arn("user", name), Path: "/", CreateDate: "2024-01-01 00:00:00+00:00", GroupList: [], UserPolicyList: [], AttachedManagedPolicies: [], ...extra });
  const actor = (name: string, extra: object) =>
    // Actors trust a service no technique uses, so neither can slip into the other by assuming it.
    kind === "user" ? user(name, { GroupList: [`${name}-group`], ...extra }) : role(name, actorTrust, extra);
  const dump = {
    UserDetailList: [
      user("admin-user", { AttachedManagedPolicies: attached("admin-policy") }),
      ...(kind === "user" ? [actor("attacker", { AttachedManagedPolicies: attached("attacker-policy") }), actor("decoy", decoyExtras)] : []),
    ],
    GroupDetailList: [
      { GroupName: "admin-group", Arn: arn("group", "admin-group"), Path: "/", GroupPolicyList: [], AttachedManagedPolicies: attached("admin-policy") },
      { GroupName: "attacker-group", Arn: arn("group", "attacker-group"), Path: "/", GroupPolicyList: [], AttachedManagedPolicies: [] },
      { GroupName: "decoy-group", Arn: arn("group", "decoy-group"), Path: "/", GroupPolicyList: [], AttachedManagedPolicies: [] },
    ],
    RoleDetailList: [
      role("admin-role", t.target === "role" ? rootTrust : serviceTrust, { AttachedManagedPolicies: attached("admin-policy"), InstanceProfileList: [{ InstanceProfileName: "admin-profile" }] }),
      role("victim-role", rootTrust, { AttachedManagedPolicies: attached("victim-policy") }),
      ...(kind === "role" ? [actor("attacker", { AttachedManagedPolicies: attached("attacker-policy") }), actor("decoy", decoyExtras)] : []),
    ],
    Policies: policies,
  };
  const precondition = t.userPrecondition;
  return {
    name: `${t.id} ${t.name}: attacker escalates, decoy ${variant} does not`,
    input: {
      authorizationDetails: dump,
      userCredentials: { "admin-user": { accessKeys: precondition === "two-keys" ? 2 : 0, loginProfile: precondition === "has-login-profile" } },
      functions: t.permissions.some((p) => p.on === "function") ? [{ name: "admin-function", role: arn("role", "admin-role") }] : [],
      scps: variant === "denied by an SCP"
        ? [[{ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }, { Effect: "Deny", Action: actions, Resource: "*", Condition: { ArnEquals: { "aws:PrincipalArn": decoyArn } } }] }]]
        : [],
    },
    expected: { technique: t.id, escalates: [attackerArn], quiet: [decoyArn], decoy: variant },
  };
}

const dir = join(import.meta.dirname, "..", "cases", "techniques");
mkdirSync(dir, { recursive: true });
TECHNIQUES.forEach((t, i) => writeFileSync(join(dir, `${t.id}.json`), `${JSON.stringify(buildCase(t, i), null, 1)}\n`));
console.log(`wrote ${TECHNIQUES.length} cases to ${dir}`);
