/**
 * Realistic rows for developing and testing the dashboard before the scan pipeline lands: the built-in
 * sample account with three scans (the newest partial, with gaps), resources of the four services with
 * versions, findings in every state with timelines, check results and posture snapshots.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export const SAMPLE_ACCOUNT_ID = "123456789012";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Severity = "critical" | "high" | "medium" | "low" | "informational";
type Status = "open" | "in_progress" | "resolved" | "suppressed" | "risk_accepted";

interface SeedResource {
  type: string;
  service: string;
  region: string;
  arn: string;
  name: string;
  configuration: Prisma.InputJsonValue;
  deleted?: boolean;
}

const a = SAMPLE_ACCOUNT_ID;
const RESOURCES: SeedResource[] = [
  {
    type: "AWS::S3::Bucket", service: "s3", region: "us-east-1", arn: "arn:aws:s3:::acme-public-assets", name: "acme-public-assets",
    configuration: {
      Bucket: { Name: "acme-public-assets", CreationDate: "2023-02-11T09:12:00Z", BucketRegion: "us-east-1" },
      Policy: { Version: "2012-10-17", Statement: [{ Sid: "PublicRead", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::acme-public-assets/*" }] },
      PolicyStatus: { IsPublic: true }, PublicAccessBlock: null, Encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] },
      Versioning: {}, Logging: null, Tags: [{ Key: "team", Value: "web" }],
    },
  },
  {
    type: "AWS::S3::Bucket", service: "s3", region: "eu-west-1", arn: "arn:aws:s3:::acme-invoices-prod", name: "acme-invoices-prod",
    configuration: {
      Bucket: { Name: "acme-invoices-prod", CreationDate: "2022-06-01T10:00:00Z", BucketRegion: "eu-west-1" },
      Policy: null, PolicyStatus: { IsPublic: false },
      PublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      Encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms", KMSMasterKeyID: "arn:aws:kms:eu-west-1:123456789012:key/1f0c0b6e-0000-4000-8000-000000000001" } }] },
      Versioning: { Status: "Suspended" }, Logging: null, Tags: [],
    },
  },
  {
    type: "AWS::S3::Bucket", service: "s3", region: "us-east-1", arn: "arn:aws:s3:::acme-cloudtrail-logs", name: "acme-cloudtrail-logs",
    configuration: {
      Bucket: { Name: "acme-cloudtrail-logs", CreationDate: "2021-01-20T08:00:00Z", BucketRegion: "us-east-1" },
      Policy: null, PolicyStatus: { IsPublic: false },
      PublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      Encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] },
      Versioning: { Status: "Enabled" }, Logging: { TargetBucket: "acme-access-logs", TargetPrefix: "trail/" }, Tags: [],
    },
  },
  {
    type: "AWS::S3::Bucket", service: "s3", region: "us-west-2", arn: "arn:aws:s3:::acme-old-backups", name: "acme-old-backups", deleted: true,
    configuration: { Bucket: { Name: "acme-old-backups", CreationDate: "2020-03-03T00:00:00Z", BucketRegion: "us-west-2" }, Policy: null },
  },
  {
    type: "AWS::IAM::User", service: "iam", region: "global", arn: `arn:aws:iam::${a}:user/alice`, name: "alice",
    configuration: {
      User: { UserName: "alice", UserId: "AIDAEXAMPLEALICE0001", Arn: `arn:aws:iam::${a}:user/alice`, Path: "/", CreateDate: "2021-04-01T12:00:00Z", GroupList: ["admins"], AttachedManagedPolicies: [], UserPolicyList: [] },
      Credentials: { user: "alice", password_enabled: true, mfa_active: false, access_key_1_active: true, access_key_1_last_rotated: "2023-01-10T00:00:00Z" },
      AccessKeys: [{ AccessKeyId: "AKIAEXAMPLEALICE0001", Status: "Active", CreateDate: "2023-01-10T00:00:00Z", LastUsedDate: "2026-11-20T08:00:00Z", LastUsedService: "s3", LastUsedRegion: "us-east-1" }],
      MFADevices: [], LoginProfile: { CreateDate: "2021-04-01T12:00:00Z", PasswordResetRequired: false },
    },
  },
  {
    type: "AWS::IAM::User", service: "iam", region: "global", arn: `arn:aws:iam::${a}:user/ci-deployer`, name: "ci-deployer",
    configuration: {
      User: { UserName: "ci-deployer", UserId: "AIDAEXAMPLECIDEPLOY1", Arn: `arn:aws:iam::${a}:user/ci-deployer`, Path: "/service/", CreateDate: "2022-09-15T12:00:00Z", GroupList: [], AttachedManagedPolicies: [{ PolicyName: "AdministratorAccess", PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }], UserPolicyList: [] },
      Credentials: { user: "ci-deployer", password_enabled: false, mfa_active: false, access_key_1_active: true, access_key_1_last_rotated: "2022-09-15T12:00:00Z" },
      AccessKeys: [{ AccessKeyId: "AKIAEXAMPLECIDEPLOY1", Status: "Active", CreateDate: "2022-09-15T12:00:00Z", LastUsedDate: "2026-11-22T23:10:00Z", LastUsedService: "lambda", LastUsedRegion: "eu-west-1" }],
      MFADevices: [], LoginProfile: null,
    },
  },
  {
    type: "AWS::IAM::User", service: "iam", region: "global", arn: `arn:aws:iam::${a}:user/bob`, name: "bob",
    configuration: {
      User: { UserName: "bob", UserId: "AIDAEXAMPLEBOB000001", Arn: `arn:aws:iam::${a}:user/bob`, Path: "/", CreateDate: "2024-02-01T12:00:00Z", GroupList: ["developers"], AttachedManagedPolicies: [], UserPolicyList: [] },
      Credentials: { user: "bob", password_enabled: true, mfa_active: true }, AccessKeys: [],
      MFADevices: [{ SerialNumber: `arn:aws:iam::${a}:mfa/bob`, EnableDate: "2024-02-01T13:00:00Z" }], LoginProfile: { CreateDate: "2024-02-01T12:00:00Z", PasswordResetRequired: false },
    },
  },
  {
    type: "AWS::IAM::Role", service: "iam", region: "global", arn: `arn:aws:iam::${a}:role/invoice-processor`, name: "invoice-processor",
    configuration: {
      Role: {
        RoleName: "invoice-processor", RoleId: "AROAEXAMPLEINVOICE01", Arn: `arn:aws:iam::${a}:role/invoice-processor`, Path: "/", CreateDate: "2022-06-01T10:00:00Z",
        AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }] },
        RolePolicyList: [{ PolicyName: "s3-all", PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] } }],
        AttachedManagedPolicies: [], InstanceProfileList: [], RoleLastUsed: { LastUsedDate: "2026-11-23T06:00:00Z", Region: "eu-west-1" }, Tags: [],
      },
    },
  },
  {
    type: "AWS::IAM::PasswordPolicy", service: "iam", region: "global", arn: `arn:aws:iam::${a}:account-password-policy`, name: "account-password-policy",
    configuration: { PasswordPolicy: { MinimumPasswordLength: 8, RequireSymbols: false, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, MaxPasswordAge: null, PasswordReusePrevention: null } },
  },
  {
    type: "AWS::IAM::RootAccount", service: "iam", region: "global", arn: `arn:aws:iam::${a}:root`, name: "root",
    configuration: { Credentials: { user: "<root_account>", mfa_active: true, access_key_1_active: false, access_key_2_active: false }, AccountSummary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 }, MFADevices: [] },
  },
  {
    type: "AWS::Lambda::Function", service: "lambda", region: "eu-west-1", arn: `arn:aws:lambda:eu-west-1:${a}:function:invoice-processor`, name: "invoice-processor",
    configuration: {
      Configuration: { FunctionName: "invoice-processor", Runtime: "nodejs16.x", Role: `arn:aws:iam::${a}:role/invoice-processor`, Handler: "index.handler", Architectures: ["arm64"], PackageType: "Zip", LastModified: "2025-03-02T10:00:00Z", Environment: { VariableNames: ["BUCKET", "STRIPE_SECRET_KEY"] }, TracingConfig: { Mode: "PassThrough" } },
      EnvironmentSecrets: [{ name: "STRIPE_SECRET_KEY", reason: "value matches the Stripe secret key pattern" }],
      Policy: { Version: "2012-10-17", Statement: [{ Sid: "public-url", Effect: "Allow", Principal: "*", Action: "lambda:InvokeFunctionUrl", Resource: `arn:aws:lambda:eu-west-1:${a}:function:invoice-processor`, Condition: { StringEquals: { "lambda:FunctionUrlAuthType": "NONE" } } }] },
      UrlConfigs: [{ FunctionUrl: "https://abc123.lambda-url.eu-west-1.on.aws/", AuthType: "NONE" }], Concurrency: null, CodeSigningConfigArn: null, EventSourceMappings: [], Aliases: [], Versions: ["$LATEST"], Tags: {},
    },
  },
  {
    type: "AWS::Lambda::Function", service: "lambda", region: "us-east-1", arn: `arn:aws:lambda:us-east-1:${a}:function:thumbnailer`, name: "thumbnailer",
    configuration: {
      Configuration: { FunctionName: "thumbnailer", Runtime: "python3.12", Role: `arn:aws:iam::${a}:role/invoice-processor`, Handler: "app.handler", Architectures: ["x86_64"], PackageType: "Zip", LastModified: "2026-10-01T10:00:00Z", Environment: { VariableNames: ["OUTPUT_BUCKET"] }, TracingConfig: { Mode: "Active" } },
      EnvironmentSecrets: [], Policy: null, UrlConfigs: [], Concurrency: { ReservedConcurrentExecutions: 5 }, CodeSigningConfigArn: null, EventSourceMappings: [], Aliases: [], Versions: ["$LATEST", "1", "2"], Tags: { team: "media" },
    },
  },
  {
    type: "AWS::KMS::Key", service: "kms", region: "eu-west-1", arn: `arn:aws:kms:eu-west-1:${a}:key/1f0c0b6e-0000-4000-8000-000000000001`, name: "alias/invoices",
    configuration: {
      KeyMetadata: { KeyId: "1f0c0b6e-0000-4000-8000-000000000001", KeyState: "Enabled", KeyManager: "CUSTOMER", KeySpec: "SYMMETRIC_DEFAULT", KeyUsage: "ENCRYPT_DECRYPT", Origin: "AWS_KMS", CreationDate: "2022-06-01T10:00:00Z" },
      KeyPolicy: { Version: "2012-10-17", Statement: [{ Sid: "Enable IAM User Permissions", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${a}:root` }, Action: "kms:*", Resource: "*" }] },
      Rotation: { KeyRotationEnabled: false, RotationPeriodInDays: null, NextRotationDate: null }, Aliases: [{ AliasName: "alias/invoices" }], Grants: [], Tags: [],
    },
  },
  {
    type: "AWS::KMS::Key", service: "kms", region: "us-east-1", arn: `arn:aws:kms:us-east-1:${a}:key/2a7d9c1e-0000-4000-8000-000000000002`, name: "alias/shared-with-partner",
    configuration: {
      KeyMetadata: { KeyId: "2a7d9c1e-0000-4000-8000-000000000002", KeyState: "Enabled", KeyManager: "CUSTOMER", KeySpec: "SYMMETRIC_DEFAULT", KeyUsage: "ENCRYPT_DECRYPT", Origin: "AWS_KMS", CreationDate: "2023-08-01T10:00:00Z" },
      KeyPolicy: { Version: "2012-10-17", Statement: [{ Sid: "Partner", Effect: "Allow", Principal: { AWS: "*" }, Action: ["kms:Decrypt", "kms:DescribeKey"], Resource: "*" }] },
      Rotation: { KeyRotationEnabled: true, RotationPeriodInDays: 365, NextRotationDate: "2027-08-01T10:00:00Z" }, Aliases: [{ AliasName: "alias/shared-with-partner" }], Grants: [], Tags: [],
    },
  },
];

interface SeedFinding {
  checkId: string;
  arn: string;
  severity: Severity;
  status: Status;
  title: string;
  evidence: Prisma.InputJsonValue;
  ageDays: number;
}

const FINDINGS: SeedFinding[] = [
  { checkId: "s3-bucket-public-policy", arn: "arn:aws:s3:::acme-public-assets", severity: "critical", status: "open", title: "S3 bucket policy allows public read access", ageDays: 40, evidence: { statement: { Sid: "PublicRead", Effect: "Allow", Principal: "*", Action: "s3:GetObject" }, PolicyStatus: { IsPublic: true } } },
  { checkId: "s3-bucket-public-access-block", arn: "arn:aws:s3:::acme-public-assets", severity: "high", status: "open", title: "S3 bucket has no Block Public Access configuration", ageDays: 40, evidence: { PublicAccessBlock: null } },
  { checkId: "s3-bucket-versioning", arn: "arn:aws:s3:::acme-invoices-prod", severity: "medium", status: "in_progress", title: "S3 bucket versioning is not enabled", ageDays: 12, evidence: { Versioning: { Status: "Suspended" } } },
  { checkId: "s3-bucket-access-logging", arn: "arn:aws:s3:::acme-invoices-prod", severity: "low", status: "open", title: "S3 bucket server access logging is disabled", ageDays: 12, evidence: { Logging: null } },
  { checkId: "s3-bucket-access-logging", arn: "arn:aws:s3:::acme-public-assets", severity: "low", status: "risk_accepted", title: "S3 bucket server access logging is disabled", ageDays: 40, evidence: { Logging: null } },
  { checkId: "iam-user-mfa-console", arn: `arn:aws:iam::${a}:user/alice`, severity: "high", status: "open", title: "IAM user with console password has no MFA", ageDays: 30, evidence: { password_enabled: true, mfa_active: false } },
  { checkId: "iam-access-key-rotation", arn: `arn:aws:iam::${a}:user/alice`, severity: "medium", status: "open", title: "Access key not rotated in 90 days", ageDays: 20, evidence: { AccessKeyId: "AKIAEXAMPLEALICE0001", ageDays: 1413, thresholdDays: 90 } },
  { checkId: "iam-admin-policy-user", arn: `arn:aws:iam::${a}:user/ci-deployer`, severity: "critical", status: "open", title: "IAM user has AdministratorAccess attached directly", ageDays: 3, evidence: { AttachedManagedPolicies: [{ PolicyName: "AdministratorAccess", PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }] } },
  { checkId: "iam-access-key-rotation", arn: `arn:aws:iam::${a}:user/ci-deployer`, severity: "medium", status: "open", title: "Access key not rotated in 90 days", ageDays: 20, evidence: { AccessKeyId: "AKIAEXAMPLECIDEPLOY1", ageDays: 1530, thresholdDays: 90 } },
  { checkId: "iam-role-wildcard-inline", arn: `arn:aws:iam::${a}:role/invoice-processor`, severity: "high", status: "open", title: "IAM role inline policy grants s3:* on all resources", ageDays: 8, evidence: { PolicyName: "s3-all", Statement: { Effect: "Allow", Action: "s3:*", Resource: "*" } } },
  { checkId: "iam-password-policy-length", arn: `arn:aws:iam::${a}:account-password-policy`, severity: "medium", status: "open", title: "Password policy requires fewer than 14 characters", ageDays: 60, evidence: { MinimumPasswordLength: 8, required: 14 } },
  { checkId: "iam-root-mfa", arn: `arn:aws:iam::${a}:root`, severity: "critical", status: "resolved", title: "Root account has no MFA", ageDays: 60, evidence: { mfa_active: false } },
  { checkId: "lambda-function-url-public", arn: `arn:aws:lambda:eu-west-1:${a}:function:invoice-processor`, severity: "critical", status: "open", title: "Lambda function URL allows unauthenticated invocation", ageDays: 2, evidence: { UrlConfigs: [{ FunctionUrl: "https://abc123.lambda-url.eu-west-1.on.aws/", AuthType: "NONE" }] } },
  { checkId: "lambda-env-secrets", arn: `arn:aws:lambda:eu-west-1:${a}:function:invoice-processor`, severity: "high", status: "open", title: "Lambda environment variable looks like a secret", ageDays: 2, evidence: { EnvironmentSecrets: [{ name: "STRIPE_SECRET_KEY", reason: "value matches the Stripe secret key pattern" }] } },
  { checkId: "lambda-runtime-deprecated", arn: `arn:aws:lambda:eu-west-1:${a}:function:invoice-processor`, severity: "medium", status: "open", title: "Lambda runtime nodejs16.x is deprecated", ageDays: 25, evidence: { Runtime: "nodejs16.x" } },
  { checkId: "lambda-tracing", arn: `arn:aws:lambda:eu-west-1:${a}:function:invoice-processor`, severity: "informational", status: "suppressed", title: "Lambda active tracing is disabled", ageDays: 25, evidence: { TracingConfig: { Mode: "PassThrough" } } },
  { checkId: "kms-key-rotation", arn: `arn:aws:kms:eu-west-1:${a}:key/1f0c0b6e-0000-4000-8000-000000000001`, severity: "medium", status: "open", title: "KMS key rotation is disabled", ageDays: 33, evidence: { Rotation: { KeyRotationEnabled: false } } },
  { checkId: "kms-key-policy-public", arn: `arn:aws:kms:us-east-1:${a}:key/2a7d9c1e-0000-4000-8000-000000000002`, severity: "critical", status: "open", title: "KMS key policy allows any AWS principal to decrypt", ageDays: 5, evidence: { statement: { Sid: "Partner", Effect: "Allow", Principal: { AWS: "*" }, Action: ["kms:Decrypt", "kms:DescribeKey"] } } },
];

const hash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** Inserts the sample account's rows into an empty, migrated database. Returns the ids tests refer to. */
export async function seedDashboard(database: Database, now = new Date()) {
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);
  await database.account.create({ data: { id: a, name: "Vigil sample account", source: "sample", regions: ["us-east-1", "us-west-2", "eu-west-1"] } });

  const scanIds = [randomUUID(), randomUUID(), randomUUID()];
  const [oldest, middle, latest] = scanIds as [string, string, string];
  await database.scan.createMany({
    data: [
      { id: oldest, accountId: a, status: "succeeded", trigger: "startup", queuedAt: at(2 * DAY), startedAt: at(2 * DAY - 2000), finishedAt: at(2 * DAY - 41_000), complete: true, apiCalls: 212, resourceCount: 13, resourcesAdded: 13, findingCount: 16, findingsOpened: 16, findingsResolved: 0 },
      { id: middle, accountId: a, status: "succeeded", trigger: "schedule", queuedAt: at(DAY), startedAt: at(DAY - 1500), finishedAt: at(DAY - 38_000), complete: true, apiCalls: 208, resourceCount: 13, resourcesChanged: 2, resourcesDeleted: 0, findingCount: 17, findingsOpened: 2, findingsResolved: 1 },
      { id: latest, accountId: a, status: "partial", trigger: "manual", queuedAt: at(HOUR), startedAt: at(HOUR - 1200), finishedAt: at(HOUR - 52_000), complete: false, apiCalls: 231, resourceCount: 13, resourcesChanged: 1, resourcesDeleted: 1, findingCount: 18, findingsOpened: 3, findingsResolved: 1, gapCount: 2 },
    ],
  });
  await database.scanGap.createMany({
    data: [
      { scanId: latest, service: "s3", region: "us-west-2", api: "GetBucketPolicy", resourceArn: "arn:aws:s3:::acme-old-backups", errorCode: "AccessDenied", message: "User is not authorized to perform s3:GetBucketPolicy on acme-old-backups" },
      { scanId: latest, service: "lambda", region: "ap-southeast-2", api: "ListFunctions", errorCode: "ThrottlingException", message: "Rate exceeded after 5 retries" },
    ],
  });

  const resourceIds = new Map<string, string>();
  for (const resource of RESOURCES) {
    const id = randomUUID();
    resourceIds.set(resource.arn, id);
    const config = resource.configuration;
    await database.resource.create({
      data: {
        id, accountId: a, region: resource.region, service: resource.service, type: resource.type, arn: resource.arn, name: resource.name,
        configuration: config, hash: hash(config), firstSeenAt: at(2 * DAY), lastSeenAt: resource.deleted ? at(DAY) : at(HOUR),
        deletedAt: resource.deleted ? at(HOUR) : null, lastScanId: resource.deleted ? middle : latest,
        versions: {
          create: [
            { scanId: oldest, hash: hash({ v: 1, config }), configuration: config, capturedAt: at(2 * DAY) },
            ...(resource.service === "s3" && !resource.deleted ? [{ scanId: latest, hash: hash(config), configuration: config, capturedAt: at(HOUR) }] : []),
          ],
        },
      },
    });
  }

  const findingIds = new Map<string, string>();
  for (const finding of FINDINGS) {
    const resource = RESOURCES.find((row) => row.arn === finding.arn);
    const resourceId = resourceIds.get(finding.arn);
    if (!resource || !resourceId) throw new Error(`seed finding on unknown resource ${finding.arn}`);
    const id = randomUUID();
    findingIds.set(`${finding.checkId} ${finding.arn}`, id);
    const firstSeenAt = at(finding.ageDays * DAY);
    const resolved = finding.status === "resolved";
    const events: Prisma.FindingEventCreateWithoutFindingInput[] = [
      { kind: "opened", actor: "system", toStatus: "open", scanId: oldest, createdAt: firstSeenAt },
    ];
    if (finding.status !== "open") {
      events.push({
        kind: resolved ? "resolved" : "status_changed", actor: resolved ? "system" : "analyst@example.com", fromStatus: "open", toStatus: finding.status,
        comment: resolved ? null : finding.status === "risk_accepted" ? "Public website bucket; access logs are not needed." : "Ticket SEC-142",
        createdAt: at(DAY / 2),
      });
    }
    await database.finding.create({
      data: {
        id, checkId: finding.checkId, accountId: a, resourceId, resourceArn: finding.arn, resourceType: resource.type, region: resource.region,
        service: resource.service, severity: finding.severity, status: finding.status, title: finding.title, evidence: finding.evidence,
        firstSeenAt, lastSeenAt: resolved ? at(DAY) : at(HOUR), statusChangedAt: finding.status === "open" ? firstSeenAt : at(DAY / 2),
        resolvedAt: resolved ? at(HOUR) : null, resolution: resolved ? "fixed" : null, lastScanId: latest,
        events: { create: events },
      },
    });
  }

  const checks = [...new Set(FINDINGS.map((finding) => finding.checkId))];
  for (const [index, scanId] of scanIds.entries()) {
    await database.checkResult.createMany({
      data: checks.map((checkId) => {
        const failed = FINDINGS.filter((f) => f.checkId === checkId && f.status !== "resolved").length;
        return { scanId, checkId, accountId: a, evaluated: failed + 3, passed: 3, failed };
      }),
    });
    const score = [58.2, 61.5, 64.3][index] ?? 60;
    await database.postureSnapshot.createMany({
      data: [
        { scanId, accountId: a, scope: "overall", key: "all", score, passed: 41, failed: 18, details: { weights: { critical: 10, high: 5, medium: 2, low: 1, informational: 0 } }, createdAt: at((2 - index) * DAY + (index === 2 ? HOUR : 0)) },
        { scanId, accountId: a, scope: "service", key: "iam", score: score - 8, passed: 14, failed: 7, createdAt: at((2 - index) * DAY) },
        { scanId, accountId: a, scope: "service", key: "s3", score: score - 2, passed: 12, failed: 4, createdAt: at((2 - index) * DAY) },
        { scanId, accountId: a, scope: "service", key: "lambda", score: score - 15, passed: 6, failed: 4, createdAt: at((2 - index) * DAY) },
        { scanId, accountId: a, scope: "service", key: "kms", score: score + 10, passed: 9, failed: 2, createdAt: at((2 - index) * DAY) },
        { scanId, accountId: a, scope: "framework", key: "cis-aws-5.0", score: score - 5, passed: 20, failed: 9, createdAt: at((2 - index) * DAY) },
      ],
    });
  }

  return { accountId: a, scanIds: { oldest, middle, latest }, resourceIds, findingIds };
}
