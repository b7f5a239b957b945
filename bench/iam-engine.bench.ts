/**
 * IAM engine benchmark: generates a synthetic account (1k, 2k, 5k, 10k principals sharing 3,000 managed
 * policies) and runs the full analysis (model, effective permissions, risks, escalation graph, suggestions).
 * Each size runs in its own process so peak memory (max RSS) is per size.
 * Run: npx tsx --tsconfig tsconfig.json bench/iam-engine.bench.ts [--mixed] [sizes...]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import { analyzeAccountIam } from "@/lib/iam/analyze-account-iam";

const ACCOUNT = "123456789012";
const POLICIES = 3000;
const SERVICES: [string, string[]][] = [
  ["s3", ["GetObject", "PutObject", "ListBucket", "Get*", "List*", "DeleteObject"]],
  ["dynamodb", ["GetItem", "PutItem", "Query", "Scan", "Describe*"]],
  ["sqs", ["SendMessage", "ReceiveMessage", "DeleteMessage", "Get*"]],
  ["sns", ["Publish", "Subscribe", "List*"]],
  ["logs", ["CreateLogStream", "PutLogEvents", "Describe*"]],
  ["kms", ["Decrypt", "Encrypt", "GenerateDataKey"]],
  ["ec2", ["Describe*", "StartInstances", "StopInstances"]],
  ["lambda", ["InvokeFunction", "GetFunction", "List*"]],
  ["cloudwatch", ["PutMetricData", "GetMetricData"]],
  ["secretsmanager", ["GetSecretValue", "DescribeSecret"]],
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function generate(principals: number): ResourceRecord[] {
  const rand = rng(principals);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const records: ResourceRecord[] = [];
  const record = (type: string, arn: string, name: string, configuration: Record<string, unknown>): ResourceRecord => ({ arn, accountId: ACCOUNT, region: "global", service: "iam", type, name, configuration });
  const policyArn = (i: number) => `arn:aws:iam::${ACCOUNT}:policy/policy-${i}`;
  for (let i = 0; i < POLICIES; i++) {
    const statements: unknown[] = [];
    const roll = rand();
    if (roll < 0.003) statements.push({ Effect: "Allow", Action: "*", Resource: "*" });
    else if (roll < 0.01) statements.push({ Effect: "Allow", Action: ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"], Resource: "*" });
    else if (roll < 0.015) statements.push({ Effect: "Allow", Action: "iam:CreatePolicyVersion", Resource: `arn:aws:iam::${ACCOUNT}:policy/team-${i}-*` });
    for (let s = 0; s < 1 + Math.floor(rand() * 4); s++) {
      const [service, names] = pick(SERVICES);
      const actions = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => `${service}:${pick(names)}`);
      const resource = rand() < 0.7 ? `arn:aws:${service}:us-east-1:${ACCOUNT}:app-${i % 97}/*` : "*";
      statements.push({ Effect: "Allow", Action: actions, Resource: service === "s3" && resource !== "*" ? `arn:aws:s3:::bucket-${i % 211}/*` : resource, ...(rand() < 0.1 ? { Condition: { Bool: { "aws:SecureTransport": "true" } } } : {}) });
    }
    if (rand() < 0.05) statements.push({ Effect: "Deny", Action: "s3:DeleteObject", Resource: "*" });
    records.push(record("AWS::IAM::ManagedPolicy", policyArn(i), `policy-${i}`, { Policy: { PolicyName: `policy-${i}`, Arn: policyArn(i), DefaultVersionId: "v1", PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: true, Document: { Version: "2012-10-17", Statement: statements } }] }, AwsManaged: false }));
  }
  const now = Date.parse("2026-01-01T00:00:00Z");
  for (let i = 0; i < principals; i++) {
    const isUser = rand() < 0.2;
    const name = `${isUser ? "user" : "role"}-${i}`;
    const arn = `arn:aws:iam::${ACCOUNT}:${isUser ? "user" : "role"}/${name}`;
    const attached = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Math.floor(rand() * POLICIES)).map((p) => ({ PolicyName: `policy-${p}`, PolicyArn: policyArn(p) }));
    const createDate = new Date(now - Math.floor(rand() * 700) * 86_400_000).toISOString();
    const usage = rand() < 0.6 ? { ServiceLastAccessed: { JobCompletionDate: new Date(now).toISOString(), Services: SERVICES.slice(0, 4).map(([service]) => ({ ServiceNamespace: service, LastAuthenticated: rand() < 0.5 ? new Date(now - 86_400_000 * 5).toISOString() : null })) } } : {};
    if (isUser) {
      records.push(record("AWS::IAM::User", arn, name, { User: { UserName: name, Arn: arn, Path: "/", CreateDate: createDate, GroupList: [], AttachedManagedPolicies: attached, UserPolicyList: [] }, AccessKeys: [], LoginProfile: null, ...usage }));
    } else {
      const trust = rand() < 0.5 ? { Service: pick(["lambda.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks.amazonaws.com"]) } : { AWS: `arn:aws:iam::${ACCOUNT}:root` };
      records.push(record("AWS::IAM::Role", arn, name, {
        Role: { RoleName: name, Arn: arn, Path: "/", CreateDate: createDate, AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: trust, Action: "sts:AssumeRole" }] }, AttachedManagedPolicies: attached, RolePolicyList: [], InstanceProfileList: rand() < 0.3 ? [{ InstanceProfileName: name }] : [], RoleLastUsed: rand() < 0.7 ? { LastUsedDate: new Date(now - 86_400_000 * 3).toISOString() } : {} },
        ...usage,
      }));
    }
  }
  return records;
}

/**
 * The "mixed" shape: the same account plus what real ones hold and the plain shape lacks. Every 7th principal
 * gets one of five policies in turn (an Allow with NotAction and a tag-conditioned Deny; self-management scoped
 * with ${aws:username}; sts:AssumeRole on * and IP-conditioned PassRole; "*" behind MFA; a boundary-like policy),
 * every 11th a permissions boundary, every 13th a team tag, every 17th role trusts the next role by ARN, every
 * 19th user joins a group; each of these policies also stores an older iam:* version.
 */
function mix(records: ResourceRecord[]): ResourceRecord[] {
  const doc = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });
  const named: [string, unknown][] = [
    ["boundary-ro", doc({ Effect: "Allow", Action: ["s3:Get*", "s3:List*", "iam:*", "sts:AssumeRole", "lambda:*"], Resource: "*" })],
    ["notaction", doc({ Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" }, { Effect: "Deny", Action: "s3:Delete*", Resource: "*", Condition: { StringNotEquals: { "aws:PrincipalTag/team": "ops" } } })],
    ["selfmanage", doc({ Effect: "Allow", Action: ["iam:CreateAccessKey", "iam:PutUserPolicy", "iam:AttachUserPolicy"], Resource: "arn:aws:iam::*:user/${aws:username}" }, { Effect: "Allow", Action: ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"], Resource: `arn:aws:iam::${ACCOUNT}:policy/selfmanage` })],
    ["assumer", doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }, { Effect: "Allow", Action: ["iam:PassRole", "ec2:RunInstances", "glue:CreateDevEndpoint", "iam:UpdateAssumeRolePolicy"], Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } })],
    ["mixed", doc({ Effect: "Allow", Action: ["s3:GetObject", "*"], Resource: "*", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }, { Effect: "Allow", Action: ["iam:AddUserToGroup", "iam:AttachRolePolicy"], Resource: "*" })],
  ];
  const arnOf = (kind: string, name: string) => `arn:aws:iam::${ACCOUNT}:${kind}/${name}`;
  const extra: ResourceRecord[] = named.map(([name, document]) => ({
    arn: arnOf("policy", name), accountId: ACCOUNT, region: "global", service: "iam", type: "AWS::IAM::ManagedPolicy", name,
    configuration: { Policy: { PolicyName: name, Arn: arnOf("policy", name), DefaultVersionId: "v1", PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: true, Document: document }, { VersionId: "v0", IsDefaultVersion: false, Document: doc({ Effect: "Allow", Action: "iam:*", Resource: "*" }) }] }, AwsManaged: false },
  }));
  const group = (name: string, configuration: Record<string, unknown>): ResourceRecord => ({ arn: arnOf("group", name), accountId: ACCOUNT, region: "global", service: "iam", type: "AWS::IAM::Group", name, configuration: { Group: { GroupName: name, Arn: arnOf("group", name), AttachedManagedPolicies: [], GroupPolicyList: [], ...configuration } } });
  extra.push(group("devs", { AttachedManagedPolicies: [{ PolicyName: "policy-5", PolicyArn: arnOf("policy", "policy-5") }] }), group("admins", { GroupPolicyList: [{ PolicyName: "all", PolicyDocument: doc({ Effect: "Allow", Action: "*", Resource: "*" }) }] }));
  let k = 0;
  for (const r of records) {
    if (r.type !== "AWS::IAM::User" && r.type !== "AWS::IAM::Role") continue;
    k++;
    const inner = (r.configuration.User ?? r.configuration.Role) as Record<string, unknown>;
    const [name] = named[(k / 7) % 5] ?? [];
    if (k % 7 === 0 && name) (inner.AttachedManagedPolicies as unknown[]).push({ PolicyName: name, PolicyArn: arnOf("policy", name) });
    if (k % 11 === 0) inner.PermissionsBoundary = { PermissionsBoundaryType: "Policy", PermissionsBoundaryArn: arnOf("policy", "boundary-ro") };
    if (k % 13 === 0) inner.Tags = [{ Key: "team", Value: k % 26 === 0 ? "ops" : "dev" }];
    if (k % 17 === 0 && r.type === "AWS::IAM::Role") inner.AssumeRolePolicyDocument = doc({ Effect: "Allow", Principal: { AWS: arnOf("role", `role-${k + 1}`) }, Action: "sts:AssumeRole" });
    if (k % 19 === 0 && r.type === "AWS::IAM::User") inner.GroupList = ["devs"];
  }
  return [...extra, ...records];
}

function runOne(size: number, shape: string) {
  const records = shape === "mixed" ? mix(generate(size)) : generate(size);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = analyzeAccountIam(records, { now: new Date("2026-01-01T00:00:00Z") });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time (user + system) stays honest on a shared machine, where wall time also measures other processes.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const escalating = result.principals.filter((p) => p.escalationPaths.length > 0).length;
  const out = { shape, principals: size, managedPolicies: POLICIES, seconds: Number(seconds.toFixed(2)), cpuSeconds: Number(cpuSeconds.toFixed(2)), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), escalating, problems: result.problems.length };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

const argv = process.argv.slice(2);
const shape = argv.includes("--mixed") ? "mixed" : "plain";
const args = argv.filter((a) => a !== "--mixed");
if (args[0] === "--one") runOne(Number(args[1]), shape);
else {
  const sizes = args.length > 0 ? args.map(Number) : [1000, 2000, 5000, 10000];
  const self = fileURLToPath(import.meta.url);
  const rows = sizes.map((size) => {
    const output = execFileSync(process.execPath, [...process.execArgv, self, "--one", String(size), ...(shape === "mixed" ? ["--mixed"] : [])], { encoding: "utf8", maxBuffer: 1 << 24 });
    return JSON.parse(output.trim().split("\n").pop() ?? "{}") as Record<string, number>;
  });
  console.table(rows);
  const dir = join(dirname(self), "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, shape === "mixed" ? "iam-engine-mixed.json" : "iam-engine.json"), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2)}\n`);
}
