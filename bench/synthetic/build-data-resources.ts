/** Synthetic S3, Lambda and KMS resources shaped as docs/RESOURCE-TYPES.md describes. */
import type { ResourceRecord } from "@/lib/inventory/resource-record";
import type { Random } from "./random";

export const REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"] as const;
const FULL_BLOCK = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const iso = (daysAgo: number) => new Date(Date.UTC(2026, 10, 1) - daysAgo * 86_400_000).toISOString();

export function buildBucket(accountId: string, index: number, random: Random): ResourceRecord {
  const name = `bucket-${accountId}-${index}`;
  const arn = `arn:aws:s3:::${name}`;
  const region = random.pick(REGIONS);
  const publicRead = random.chance(0.02);
  return {
    arn, accountId, region, service: "s3", type: "AWS::S3::Bucket", name,
    configuration: {
      Bucket: { Name: name, CreationDate: iso(random.int(1500)), BucketRegion: region },
      Policy: publicRead
        ? { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: `${arn}/*` }] }
        : random.chance(0.4)
          ? { Version: "2012-10-17", Statement: [{ Sid: "TlsOnly", Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [arn, `${arn}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }] }
          : null,
      PolicyStatus: { IsPublic: publicRead },
      Acl: { Owner: { ID: "owner" }, Grants: [{ Grantee: { Type: "CanonicalUser", ID: "owner" }, Permission: "FULL_CONTROL" }] },
      PublicAccessBlock: random.chance(0.8) ? FULL_BLOCK : null,
      OwnershipControls: { Rules: [{ ObjectOwnership: random.chance(0.7) ? "BucketOwnerEnforced" : "ObjectWriter" }] },
      Encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: random.chance(0.3) ? { SSEAlgorithm: "aws:kms", KMSMasterKeyID: `arn:aws:kms:${region}:${accountId}:key/k-${index}` } : { SSEAlgorithm: "AES256" } }] },
      Versioning: random.chance(0.6) ? { Status: "Enabled" } : {},
      Logging: random.chance(0.4) ? { TargetBucket: `logs-${accountId}`, TargetPrefix: `${name}/` } : null,
      ObjectLock: null,
      Lifecycle: random.chance(0.5) ? { Rules: [{ ID: "expire", Status: "Enabled", Expiration: { Days: 365 } }] } : null,
      Replication: null, Website: null, Cors: null,
      Tags: [{ Key: "owner", Value: `team-${random.int(20)}` }],
    },
  };
}

export function buildFunction(accountId: string, index: number, random: Random): ResourceRecord {
  const name = `function-${index}`;
  const region = random.pick(REGIONS);
  const arn = `arn:aws:lambda:${region}:${accountId}:function:${name}`;
  const inVpc = random.chance(0.4);
  return {
    arn, accountId, region, service: "lambda", type: "AWS::Lambda::Function", name,
    configuration: {
      Configuration: {
        FunctionName: name, FunctionArn: arn, Runtime: random.pick(["nodejs20.x", "python3.12", "nodejs16.x", "python3.8", "java21"]),
        Role: `arn:aws:iam::${accountId}:role/role-${random.int(1000)}`, Handler: "index.handler", CodeSize: 1024 + random.int(50_000_000),
        Timeout: 30, MemorySize: 256, LastModified: iso(random.int(400)), Architectures: ["arm64"], PackageType: "Zip",
        VpcConfig: inVpc ? { SubnetIds: random.chance(0.8) ? ["subnet-a", "subnet-b"] : ["subnet-a"], SecurityGroupIds: ["sg-1"], VpcId: "vpc-1" } : { SubnetIds: [], SecurityGroupIds: [] },
        DeadLetterConfig: random.chance(0.3) ? { TargetArn: `arn:aws:sqs:${region}:${accountId}:dlq` } : undefined,
        TracingConfig: { Mode: random.chance(0.3) ? "Active" : "PassThrough" },
        Environment: { VariableNames: ["STAGE", "TABLE_NAME", ...(random.chance(0.05) ? ["DB_PASSWORD"] : [])] },
        Layers: [],
      },
      EnvironmentSecrets: random.chance(0.03) ? [{ name: "DB_PASSWORD", reason: "name suggests a secret" }] : [],
      Policy: random.chance(0.02)
        ? { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "lambda:InvokeFunction", Resource: arn }] }
        : null,
      UrlConfigs: random.chance(0.03) ? [{ FunctionUrl: `https://${name}.lambda-url.${region}.on.aws/`, AuthType: "NONE" }] : [],
      Concurrency: null, CodeSigningConfigArn: null, EventSourceMappings: [], Aliases: [], Versions: ["$LATEST"], Tags: {},
    },
  };
}

export function buildKey(accountId: string, index: number, random: Random): ResourceRecord {
  const region = random.pick(REGIONS);
  const keyId = `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
  const arn = `arn:aws:kms:${region}:${accountId}:key/${keyId}`;
  return {
    arn, accountId, region, service: "kms", type: "AWS::KMS::Key", name: keyId,
    configuration: {
      KeyMetadata: {
        KeyId: keyId, Arn: arn, KeyManager: "CUSTOMER", KeyState: random.chance(0.02) ? "PendingDeletion" : "Enabled",
        KeySpec: "SYMMETRIC_DEFAULT", KeyUsage: "ENCRYPT_DECRYPT", Origin: "AWS_KMS", MultiRegion: false, CreationDate: iso(random.int(900)),
      },
      KeyPolicy: {
        Version: "2012-10-17",
        Statement: [{ Sid: "Enable IAM User Permissions", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: "kms:*", Resource: "*" }],
      },
      Rotation: { KeyRotationEnabled: random.chance(0.6), RotationPeriodInDays: 365 },
      Aliases: [{ AliasName: `alias/key-${index}` }], Grants: [], Tags: [],
    },
  };
}

export function buildLayer(accountId: string, index: number, random: Random): ResourceRecord {
  const region = random.pick(REGIONS);
  const arn = `arn:aws:lambda:${region}:${accountId}:layer:layer-${index}:1`;
  return {
    arn, accountId, region, service: "lambda", type: "AWS::Lambda::LayerVersion", name: `layer-${index}:1`,
    configuration: { LayerVersionArn: arn, Version: 1, CompatibleRuntimes: ["nodejs20.x"], Policy: random.chance(0.05) ? { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "lambda:GetLayerVersion", Resource: arn }] } : null },
  };
}

export function buildS3Singletons(accountId: string, random: Random): ResourceRecord[] {
  return [{
    arn: `arn:aws:s3::${accountId}:account`, accountId, region: "global", service: "s3", type: "AWS::S3::AccountPublicAccessBlock",
    name: "account-public-access-block", configuration: { PublicAccessBlockConfiguration: random.chance(0.5) ? FULL_BLOCK : null },
  }];
}
