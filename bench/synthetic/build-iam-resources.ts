/** Synthetic IAM resources shaped as docs/RESOURCE-TYPES.md describes (GetAccountAuthorizationDetails shapes). */
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import type { Random } from "./random";

const ADMIN = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };
const READ_S3 = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: "*" }] };
const KMS_ALL = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "kms:Decrypt", Resource: "*" }] };
const SERVICE_WILDCARD = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "dynamodb:*", Resource: "*" }] };
const day = (daysAgo: number) => new Date(Date.UTC(2026, 10, 1) - daysAgo * 86_400_000).toISOString();

function inlinePolicy(random: Random) {
  const document = random.chance(0.03) ? ADMIN : random.chance(0.05) ? KMS_ALL : READ_S3;
  return { PolicyName: `inline-${random.int(100)}`, PolicyDocument: document };
}

export function buildIamUser(accountId: string, index: number, random: Random): ResourceRecord {
  const name = `user-${index}`;
  const arn = `arn:aws:iam::${accountId}:user/${name}`;
  const console = random.chance(0.4);
  const keyAge = random.int(400);
  const keys = random.chance(0.7)
    ? [{ AccessKeyId: `AKIA${String(index).padStart(16, "0")}`, Status: "Active", CreateDate: day(keyAge), LastUsedDate: random.chance(0.8) ? day(random.int(120)) : null }]
    : [];
  return {
    arn, accountId, region: "global", service: "iam", type: "AWS::IAM::User", name,
    configuration: {
      User: {
        UserName: name, UserId: `AIDA${index}`, Arn: arn, Path: "/", CreateDate: day(500 + random.int(500)),
        GroupList: random.chance(0.6) ? [`group-${random.int(50)}`] : [],
        AttachedManagedPolicies: random.chance(0.2) ? [{ PolicyName: "ReadOnlyAccess", PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" }] : [],
        UserPolicyList: random.chance(0.15) ? [inlinePolicy(random)] : [],
        Tags: [{ Key: "team", Value: `team-${random.int(20)}` }],
      },
      Credentials: {
        user: name, arn, user_creation_time: day(900), password_enabled: console,
        password_last_used: console ? day(random.int(200)) : null, mfa_active: console && random.chance(0.85),
        access_key_1_active: keys.length > 0, access_key_1_last_rotated: keys.length > 0 ? day(keyAge) : null,
        access_key_1_last_used_date: keys[0]?.LastUsedDate ?? null, access_key_2_active: false,
      },
      AccessKeys: keys,
      MFADevices: console ? [{ SerialNumber: `arn:aws:iam::${accountId}:mfa/${name}`, EnableDate: day(300) }] : [],
      LoginProfile: console ? { CreateDate: day(600), PasswordResetRequired: false } : null,
    },
  };
}

export function buildIamRole(accountId: string, index: number, random: Random): ResourceRecord {
  const name = `role-${index}`;
  const arn = `arn:aws:iam::${accountId}:role/${name}`;
  const trustedPrincipal = random.chance(0.1)
    ? { AWS: `arn:aws:iam::${String(100000000000 + random.int(1000))}:root` }
    : { Service: random.pick(["lambda.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks.amazonaws.com"]) };
  return {
    arn, accountId, region: "global", service: "iam", type: "AWS::IAM::Role", name,
    configuration: {
      Role: {
        RoleName: name, RoleId: `AROA${index}`, Arn: arn, Path: "/", CreateDate: day(random.int(900)),
        AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: trustedPrincipal, Action: "sts:AssumeRole" }] },
        RolePolicyList: random.chance(0.3) ? [inlinePolicy(random)] : [],
        AttachedManagedPolicies: random.chance(0.05)
          ? [{ PolicyName: "AdministratorAccess", PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }]
          : [{ PolicyName: "AWSLambdaBasicExecutionRole", PolicyArn: "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" }],
        InstanceProfileList: [], RoleLastUsed: { LastUsedDate: day(random.int(90)), Region: "us-east-1" }, Tags: [],
      },
    },
  };
}

export function buildIamGroup(accountId: string, index: number, random: Random): ResourceRecord {
  const name = `group-${index}`;
  const arn = `arn:aws:iam::${accountId}:group/${name}`;
  return {
    arn, accountId, region: "global", service: "iam", type: "AWS::IAM::Group", name,
    configuration: {
      Group: {
        GroupName: name, GroupId: `AGPA${index}`, Arn: arn, Path: "/", CreateDate: day(700),
        GroupPolicyList: random.chance(0.2) ? [inlinePolicy(random)] : [],
        AttachedManagedPolicies: [{ PolicyName: "ReadOnlyAccess", PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" }],
      },
      Members: Array.from({ length: random.int(5) }, (_, i) => `user-${index * 5 + i}`),
    },
  };
}

export function buildManagedPolicy(accountId: string, index: number, random: Random): ResourceRecord {
  const name = `policy-${index}`;
  const arn = `arn:aws:iam::${accountId}:policy/${name}`;
  const document = random.chance(0.05) ? SERVICE_WILDCARD : random.chance(0.03) ? KMS_ALL : READ_S3;
  return {
    arn, accountId, region: "global", service: "iam", type: "AWS::IAM::ManagedPolicy", name,
    configuration: {
      Policy: {
        PolicyName: name, PolicyId: `ANPA${index}`, Arn: arn, Path: "/", DefaultVersionId: "v1", AttachmentCount: random.int(4),
        PermissionsBoundaryUsageCount: 0, IsAttachable: true, CreateDate: day(800), UpdateDate: day(100),
        PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: true, CreateDate: day(100), Document: document }],
      },
      AwsManaged: false,
    },
  };
}

const READ_ONLY_SERVICES = [
  "acm", "apigateway", "athena", "autoscaling", "cloudformation", "cloudfront", "cloudtrail", "cloudwatch", "codebuild",
  "config", "dynamodb", "ec2", "ecr", "ecs", "eks", "elasticloadbalancing", "events", "glue", "iam", "kinesis", "kms",
  "lambda", "logs", "organizations", "rds", "route53", "s3", "secretsmanager", "sns", "sqs", "ssm", "sts", "tag",
];

/** The AWS-managed policies the synthetic principals attach, with documents shaped like AWS's (GAAD lists attached ones). */
const AWS_MANAGED_POLICIES = [
  { name: "AdministratorAccess", path: "/", document: ADMIN },
  {
    name: "ReadOnlyAccess", path: "/",
    document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Resource: "*", Action: READ_ONLY_SERVICES.flatMap((service) => [`${service}:Describe*`, `${service}:Get*`, `${service}:List*`]) }] },
  },
  {
    name: "AWSLambdaBasicExecutionRole", path: "/service-role/",
    document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], Resource: "*" }] },
  },
];

function buildAwsManagedPolicy(accountId: string, policy: (typeof AWS_MANAGED_POLICIES)[number]): ResourceRecord {
  const arn = `arn:aws:iam::aws:policy${policy.path}${policy.name}`;
  return {
    arn, accountId, region: "global", service: "iam", type: "AWS::IAM::ManagedPolicy", name: policy.name,
    configuration: {
      Policy: {
        PolicyName: policy.name, PolicyId: `ANPAAWS${policy.name.length}`, Arn: arn, Path: policy.path, DefaultVersionId: "v1",
        AttachmentCount: 1, PermissionsBoundaryUsageCount: 0, IsAttachable: true, CreateDate: day(3000), UpdateDate: day(300),
        PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: true, CreateDate: day(300), Document: policy.document }],
      },
      AwsManaged: true,
    },
  };
}

/** The account-wide IAM records every account has once. */
export function buildIamSingletons(accountId: string, random: Random): ResourceRecord[] {
  const root = `arn:aws:iam::${accountId}:root`;
  return [
    ...AWS_MANAGED_POLICIES.map((policy) => buildAwsManagedPolicy(accountId, policy)),
    {
      arn: root, accountId, region: "global", service: "iam", type: "AWS::IAM::RootAccount", name: "root",
      configuration: {
        Credentials: { user: "<root_account>", arn: root, password_enabled: true, password_last_used: day(random.int(400)), mfa_active: random.chance(0.8), access_key_1_active: false, access_key_2_active: false },
        AccountSummary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 100, Roles: 100 },
        MFADevices: [],
      },
    },
    {
      arn: `arn:aws:iam::${accountId}:account-password-policy`, accountId, region: "global", service: "iam",
      type: "AWS::IAM::PasswordPolicy", name: "password-policy",
      configuration: {
        PasswordPolicy: random.chance(0.5)
          ? { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, MaxPasswordAge: 90, PasswordReusePrevention: 24, ExpirePasswords: true }
          : null,
      },
    },
    {
      arn: `arn:aws:access-analyzer:us-east-1:${accountId}:analyzer/default`, accountId, region: "us-east-1", service: "iam",
      type: "AWS::AccessAnalyzer::Analyzer", name: "default",
      configuration: { Analyzer: { name: "default", type: "ACCOUNT", status: "ACTIVE", arn: `arn:aws:access-analyzer:us-east-1:${accountId}:analyzer/default` } },
    },
  ];
}
