import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  KMSServiceException,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
} from "@aws-sdk/client-kms";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { collectKms } from "@/collectors/kms/collect-kms";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";
import { createTestContext } from "@/collectors/testing/create-test-context";

const kms = mockClient(KMSClient);
afterEach(() => kms.reset());

const metadata = (KeyId: string, KeyManager: "AWS" | "CUSTOMER", KeySpec = "SYMMETRIC_DEFAULT" as const) => ({
  KeyMetadata: { KeyId, Arn: `arn:aws:kms:us-east-1:123456789012:key/${KeyId}`, KeyManager, KeySpec, Origin: "AWS_KMS" as const, KeyState: "Enabled" as const },
});
const denied = () => new KMSServiceException({ name: "AccessDeniedException", $fault: "client", $metadata: { httpStatusCode: 400 }, message: "not authorized" });

describe("collectKms", () => {
  it("pages ListKeys, records denied AWS-managed key policies quietly, and skips rotation where it does not apply", async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: "cmk" }], Truncated: true, NextMarker: "k2" });
    kms.on(ListKeysCommand, { Marker: "k2" }).resolves({ Keys: [{ KeyId: "aws-s3" }, { KeyId: "signing" }], Truncated: false });
    kms.on(ListAliasesCommand).resolves({ Aliases: [{ AliasName: "alias/app", TargetKeyId: "cmk" }], Truncated: false });
    kms.on(DescribeKeyCommand, { KeyId: "cmk" }).resolves(metadata("cmk", "CUSTOMER"));
    kms.on(DescribeKeyCommand, { KeyId: "aws-s3" }).resolves(metadata("aws-s3", "AWS"));
    kms.on(DescribeKeyCommand, { KeyId: "signing" }).resolves({ KeyMetadata: { ...metadata("signing", "CUSTOMER").KeyMetadata, KeySpec: "RSA_2048" } });
    kms.on(GetKeyPolicyCommand).resolves({ Policy: JSON.stringify({ Version: "2012-10-17", Statement: [] }), PolicyName: "default" });
    kms.on(GetKeyPolicyCommand, { KeyId: "aws-s3" }).rejects(denied());
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: false });
    kms.on(ListGrantsCommand).resolves({ Grants: [], Truncated: false });
    kms.on(ListResourceTagsCommand).resolves({ Tags: [], Truncated: false });
    const { sink, records, gaps } = createMemorySink();
    await collectKms(createTestContext(sink), "us-east-1");
    const byName = Object.fromEntries(records.map((record) => [record.name, record.configuration]));
    expect(Object.keys(byName).sort()).toEqual(["aws-s3", "cmk", "signing"]);
    expect(byName.cmk).toMatchObject({ KeyPolicy: { Statement: [] }, Rotation: { KeyRotationEnabled: false }, Aliases: [{ AliasName: "alias/app" }] });
    expect(byName["aws-s3"]!._errors).toEqual({ GetKeyPolicy: "AccessDeniedException" });
    expect(byName["aws-s3"]).not.toHaveProperty("KeyPolicy");
    expect(byName.signing!.Rotation).toBeNull();
    expect(kms.commandCalls(GetKeyRotationStatusCommand).map((call) => call.args[0].input.KeyId).sort()).toEqual(["aws-s3", "cmk"]);
    expect(gaps).toEqual([]);
  });
});
