import { indexesInRegion, page, type AccountShape } from "./account-shape";
import { notFound, simulatedError } from "./simulated-error";

const LAYERS_PER_REGION = 3;
const owner = { DisplayName: "owner", ID: "ff023120a5d4ac3baac81aa8da6dda98a1a200fabb0578d60d4ba34cea1b7939" };
const publicRead = (bucket: string) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: `arn:aws:s3:::${bucket}/*` }] });
const bucketIndex = (input: Record<string, unknown>) => Number(String(input.Bucket).replace("bucket-", ""));

/** S3 and S3 Control of one simulated account: most settings answer "not configured", as on real accounts. */
export function simulateS3(shape: AccountShape) {
  const buckets = Array.from({ length: shape.buckets }, (_, i) => ({ Name: `bucket-${i}`, CreationDate: new Date("2022-01-01T00:00:00Z"), BucketRegion: shape.regions[i % shape.regions.length] }));
  return {
    s3(api: string, input: Record<string, unknown>): unknown {
      const i = bucketIndex(input);
      switch (api) {
        case "ListBuckets": {
          const { items, next } = page(buckets, input.ContinuationToken, Number(input.MaxBuckets ?? 10_000));
          return { Buckets: items, Owner: owner, ...(next ? { ContinuationToken: next } : {}) };
        }
        case "GetBucketPolicy": if (i % 10 !== 0) throw notFound("NoSuchBucketPolicy"); return { Policy: publicRead(String(input.Bucket)) };
        case "GetBucketPolicyStatus": if (i % 10 !== 0) throw notFound("NoSuchBucketPolicy"); return { PolicyStatus: { IsPublic: true } };
        case "GetBucketAcl": return { Owner: owner, Grants: [{ Grantee: { Type: "CanonicalUser", ID: owner.ID }, Permission: "FULL_CONTROL" }] };
        case "GetPublicAccessBlock": if (i % 2 === 0) throw notFound("NoSuchPublicAccessBlockConfiguration"); return { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } };
        case "GetBucketOwnershipControls": return { OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] } };
        case "GetBucketEncryption": return { ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" }, BucketKeyEnabled: false }] } };
        case "GetBucketVersioning": return i % 3 === 0 ? { Status: "Enabled" } : {};
        case "GetBucketLogging": return {};
        case "GetObjectLockConfiguration": throw notFound("ObjectLockConfigurationNotFoundError");
        case "GetBucketLifecycleConfiguration": throw notFound("NoSuchLifecycleConfiguration");
        case "GetBucketReplication": throw notFound("ReplicationConfigurationNotFoundError");
        case "GetBucketWebsite": throw notFound("NoSuchWebsiteConfiguration");
        case "GetBucketCors": throw notFound("NoSuchCORSConfiguration");
        case "GetBucketTagging": if (i % 4 !== 0) throw notFound("NoSuchTagSet"); return { TagSet: [{ Key: "team", Value: "data" }] };
        default: throw simulatedError("NotImplemented", 501, `simulated S3 has no ${api}`);
      }
    },
    s3control(api: string, input: Record<string, unknown>, region: string): unknown {
      switch (api) {
        case "GetPublicAccessBlock": throw notFound("NoSuchPublicAccessBlockConfiguration");
        case "ListAccessPoints": return { AccessPointList: region === shape.regions[0] ? [{ Name: "ap-0", NetworkOrigin: "Internet", Bucket: "bucket-0", AccessPointArn: `arn:aws:s3:${region}:${shape.accountId}:accesspoint/ap-0`, BucketAccountId: shape.accountId }] : [] };
        case "GetAccessPoint": return { Name: input.Name, Bucket: "bucket-0", NetworkOrigin: "Internet", PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }, CreationDate: new Date("2024-01-01T00:00:00Z"), BucketAccountId: shape.accountId };
        case "GetAccessPointPolicy":
        case "GetAccessPointPolicyStatus": throw notFound("NoSuchAccessPointPolicy");
        default: throw simulatedError("NotImplemented", 501, `simulated S3 Control has no ${api}`);
      }
    },
  };
}

/** Lambda, KMS, Access Analyzer and Account of one simulated account, resources spread over its regions. */
export function simulateRegional(shape: AccountShape) {
  const layerArn = (region: string, n: number) => `arn:aws:lambda:${region}:${n === 2 ? "580247275435" : shape.accountId}:layer:layer-${n}:1`;
  const fn = (region: string, i: number) => ({
    FunctionName: `function-${i}`, FunctionArn: `arn:aws:lambda:${region}:${shape.accountId}:function:function-${i}`,
    Runtime: i % 7 === 0 ? "python3.7" : "nodejs20.x", Role: `arn:aws:iam::${shape.accountId}:role/role-${i % shape.roles}`,
    Handler: "index.handler", CodeSize: 1024, Timeout: 30, MemorySize: 128, LastModified: "2026-01-01T00:00:00.000+0000", Version: "$LATEST",
    PackageType: "Zip", Architectures: ["x86_64"], Environment: { Variables: { STAGE: "prod", TABLE: `table-${i}` } },
    Layers: [{ Arn: layerArn(region, i % LAYERS_PER_REGION), CodeSize: 2048 }],
  });
  const keyId = (i: number) => `0000${i}-1111-2222-3333-444444444444`.slice(-36);
  const keyIndex = (input: Record<string, unknown>) => Number(String(input.KeyId).split("-")[0]);
  return {
    lambda(api: string, input: Record<string, unknown>, region: string): unknown {
      switch (api) {
        case "ListFunctions": {
          const { items, next } = page(indexesInRegion(shape.functions, shape.regions, region), input.Marker, 50);
          return { Functions: items.map((i) => fn(region, i)), ...(next ? { NextMarker: next } : {}) };
        }
        case "GetPolicy": throw notFound("ResourceNotFoundException");
        case "ListFunctionUrlConfigs": return { FunctionUrlConfigs: [] };
        case "GetFunctionConcurrency": return {};
        case "GetFunctionCodeSigningConfig": return { CodeSigningConfigArn: "", FunctionName: input.FunctionName };
        case "ListEventSourceMappings": return { EventSourceMappings: [] };
        case "ListAliases": return { Aliases: [] };
        case "ListVersionsByFunction": return { Versions: [{ Version: "$LATEST" }] };
        case "ListTags": return { Tags: { team: "payments" } };
        case "GetLayerVersionByArn": return { LayerArn: String(input.Arn).replace(/:1$/, ""), LayerVersionArn: input.Arn, Version: 1, CreatedDate: "2025-01-01T00:00:00.000+0000", Content: { Location: "https://example.invalid/presigned", CodeSha256: "abc=", CodeSize: 2048 } };
        case "GetLayerVersionPolicy":
          if (String(input.LayerName).includes(":580247275435:")) throw simulatedError("AccessDeniedException", 403);
          throw notFound("ResourceNotFoundException");
        default: throw simulatedError("InvalidRequest", 400, `simulated Lambda has no ${api}`);
      }
    },
    kms(api: string, input: Record<string, unknown>, region: string): unknown {
      switch (api) {
        case "ListKeys": {
          const { items, next } = page(indexesInRegion(shape.keys, shape.regions, region), input.Marker, 100);
          return { Keys: items.map((i) => ({ KeyId: keyId(i), KeyArn: `arn:aws:kms:${region}:${shape.accountId}:key/${keyId(i)}` })), Truncated: next !== undefined, ...(next ? { NextMarker: next } : {}) };
        }
        case "ListAliases": return { Aliases: [], Truncated: false };
        case "DescribeKey": {
          const i = keyIndex(input);
          return { KeyMetadata: { KeyId: input.KeyId, Arn: `arn:aws:kms:${region}:${shape.accountId}:key/${String(input.KeyId)}`, KeyManager: i % 5 === 0 ? "AWS" : "CUSTOMER", KeySpec: "SYMMETRIC_DEFAULT", Origin: "AWS_KMS", KeyState: "Enabled", Enabled: true, CreationDate: new Date("2023-01-01T00:00:00Z") } };
        }
        case "GetKeyPolicy": return { PolicyName: "default", Policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${shape.accountId}:root` }, Action: "kms:*", Resource: "*" }] }) };
        case "GetKeyRotationStatus": return { KeyRotationEnabled: keyIndex(input) % 2 === 0 };
        case "ListGrants": return { Grants: [], Truncated: false };
        case "ListResourceTags": return { Tags: [], Truncated: false };
        default: throw simulatedError("UnsupportedOperationException", 400, `simulated KMS has no ${api}`);
      }
    },
    accessanalyzer: (api: string, _input: Record<string, unknown>, region: string): unknown =>
      region === shape.regions[0] ? { analyzers: [{ arn: `arn:aws:access-analyzer:${region}:${shape.accountId}:analyzer/a`, name: "a", type: "ACCOUNT", status: "ACTIVE", createdAt: new Date() }] } : { analyzers: [] },
    account: (): unknown => ({ Regions: shape.regions.map((RegionName) => ({ RegionName, RegionOptStatus: "ENABLED_BY_DEFAULT" })) }),
  };
}
