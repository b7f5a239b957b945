import {
  GetBucketAclCommand,
  GetBucketCorsCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
  GetBucketWebsiteCommand,
  GetObjectLockConfigurationCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketTaggingCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient, S3ControlServiceException } from "@aws-sdk/client-s3-control";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { collectS3 } from "@/collectors/s3/collect-s3";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";
import { createTestContext } from "@/collectors/testing/create-test-context";

const s3 = mockClient(S3Client);
const s3control = mockClient(S3ControlClient);
afterEach(() => {
  s3.reset();
  s3control.reset();
});

const s3Error = (name: string, status: number) =>
  new S3ServiceException({ name, $fault: "client", $metadata: { httpStatusCode: status }, message: name });

/** Every per-bucket setting answers "not configured", as AWS does for a fresh bucket. */
function freshBuckets() {
  s3.on(GetBucketOwnershipControlsCommand).rejects(s3Error("OwnershipControlsNotFoundError", 404));
  s3.on(GetBucketVersioningCommand).resolves({});
  s3.on(GetBucketLoggingCommand).resolves({});
  s3.on(GetObjectLockConfigurationCommand).rejects(s3Error("ObjectLockConfigurationNotFoundError", 404));
  s3.on(GetBucketLifecycleConfigurationCommand).rejects(s3Error("NoSuchLifecycleConfiguration", 404));
  s3.on(GetBucketReplicationCommand).rejects(s3Error("ReplicationConfigurationNotFoundError", 404));
  s3.on(GetBucketWebsiteCommand).rejects(s3Error("NoSuchWebsiteConfiguration", 404));
  s3.on(GetBucketCorsCommand).rejects(s3Error("NoSuchCORSConfiguration", 404));
  s3.on(GetBucketLocationCommand).resolves({ LocationConstraint: "eu-west-1" });
  s3.on(GetBucketPolicyCommand).rejects(s3Error("NoSuchBucketPolicy", 404));
  s3.on(GetBucketPolicyStatusCommand).rejects(s3Error("NoSuchBucketPolicy", 404));
  s3.on(GetPublicAccessBlockCommand).rejects(s3Error("NoSuchPublicAccessBlockConfiguration", 404));
  s3.on(GetBucketEncryptionCommand).rejects(s3Error("ServerSideEncryptionConfigurationNotFoundError", 404));
  s3.on(GetBucketTaggingCommand).rejects(s3Error("NoSuchTagSet", 404));
  s3.on(GetBucketAclCommand).resolves({ Owner: { ID: "owner" }, Grants: [] });
  s3control.on(GetAccountPublicAccessBlockCommand).rejects(
    new S3ControlServiceException({ name: "NoSuchPublicAccessBlockConfiguration", $fault: "client", $metadata: { httpStatusCode: 404 }, message: "none" }),
  );
}

describe("collectS3", () => {
  it("follows ListBuckets continuation tokens and reads each bucket in its region", async () => {
    freshBuckets();
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: "a" }, { Name: "b" }], ContinuationToken: "t2" });
    s3.on(ListBucketsCommand, { ContinuationToken: "t2" }).resolves({ Buckets: [{ Name: "c", BucketRegion: "us-west-2" }] });
    const { sink, records } = createMemorySink();
    await collectS3(createTestContext(sink));
    const buckets = records.filter((record) => record.type === "AWS::S3::Bucket");
    expect(buckets.map((bucket) => [bucket.name, bucket.region]).sort()).toEqual([
      ["a", "eu-west-1"],
      ["b", "eu-west-1"],
      ["c", "us-west-2"],
    ]);
    // c's region came with the listing: no GetBucketLocation for it.
    expect(s3.commandCalls(GetBucketLocationCommand).map((call) => call.args[0].input.Bucket).sort()).toEqual(["a", "b"]);
  });

  it("stores 'not configured' answers as null (tags as []) without any gap", async () => {
    freshBuckets();
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: "fresh", BucketRegion: "us-east-1" }] });
    const { sink, records, gaps } = createMemorySink();
    await collectS3(createTestContext(sink));
    const bucket = records.find((record) => record.name === "fresh")!;
    expect(bucket.configuration).toMatchObject({ Policy: null, PolicyStatus: null, PublicAccessBlock: null, Encryption: null, Tags: [] });
    expect(bucket.configuration._errors).toBeUndefined();
    const account = records.find((record) => record.type === "AWS::S3::AccountPublicAccessBlock")!;
    expect(account.configuration.PublicAccessBlockConfiguration).toBeNull();
    expect(bucket.configuration).toMatchObject({ OwnershipControls: null, ObjectLock: null, Lifecycle: null, Replication: null, Website: null, Cors: null, Logging: null });
    expect(gaps).toEqual([]);
  });

  it("records AccessDenied on one bucket's policy as a detail gap and reads the others", async () => {
    freshBuckets();
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: "locked", BucketRegion: "us-east-1" }, { Name: "open", BucketRegion: "us-east-1" }] });
    s3.on(GetBucketPolicyCommand, { Bucket: "locked" }).rejects(s3Error("AccessDenied", 403));
    s3.on(GetBucketPolicyCommand, { Bucket: "open" }).resolves({
      Policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::open/*" }] }),
    });
    const { sink, records, gaps } = createMemorySink();
    await collectS3(createTestContext(sink));
    const locked = records.find((record) => record.name === "locked")!;
    expect(locked.configuration._errors).toEqual({ GetBucketPolicy: "AccessDenied" });
    expect(locked.configuration).not.toHaveProperty("Policy");
    const open = records.find((record) => record.name === "open")!;
    expect(open.configuration.Policy).toMatchObject({ Statement: [{ Principal: "*" }] });
    const policyGaps = gaps.filter((gap) => gap.api === "GetBucketPolicy");
    expect(policyGaps).toEqual([expect.objectContaining({ kind: "detail", resourceArn: "arn:aws:s3:::locked", errorCode: "AccessDenied" })]);
  });

  it("skips a bucket deleted mid-scan without a gap", async () => {
    freshBuckets();
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: "gone", BucketRegion: "us-east-1" }, { Name: "kept", BucketRegion: "us-east-1" }] });
    // Deleted between the listing and its details: only some calls have noticed yet.
    s3.on(GetBucketAclCommand, { Bucket: "gone" }).rejects(s3Error("NoSuchBucket", 404));
    s3.on(GetBucketPolicyCommand, { Bucket: "gone" }).rejects(s3Error("AccessDenied", 403));
    const { sink, records, gaps } = createMemorySink();
    await collectS3(createTestContext(sink));
    expect(records.filter((record) => record.type === "AWS::S3::Bucket").map((record) => record.name)).toEqual(["kept"]);
    expect(gaps).toEqual([]);
  });

  it("reports a failed listing as an inventory gap", async () => {
    freshBuckets();
    s3.on(ListBucketsCommand).rejects(s3Error("AccessDenied", 403));
    const { sink, gaps } = createMemorySink();
    await collectS3(createTestContext(sink));
    expect(gaps).toContainEqual(expect.objectContaining({ kind: "inventory", service: "s3", api: "ListBuckets", errorCode: "AccessDenied" }));
  });
});
