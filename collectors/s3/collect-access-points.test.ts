import {
  GetAccessPointCommand,
  GetAccessPointPolicyCommand,
  GetAccessPointPolicyStatusCommand,
  ListAccessPointsCommand,
  S3ControlClient,
  S3ControlServiceException,
} from "@aws-sdk/client-s3-control";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { collectAccessPoints } from "@/collectors/s3/collect-access-points";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";
import { createTestContext } from "@/collectors/testing/create-test-context";

const s3control = mockClient(S3ControlClient);
afterEach(() => s3control.reset());

const ACCOUNT = "123456789012";
const arnOf = (name: string) => `arn:aws:s3:eu-west-1:${ACCOUNT}:accesspoint/${name}`;
const error = (name: string, status: number) => new S3ControlServiceException({ name, $fault: "client", $metadata: { httpStatusCode: status }, message: name });
const listed = (Name: string) => ({ Name, NetworkOrigin: "Internet" as const, Bucket: "data", AccessPointArn: arnOf(Name), Alias: `${Name}-abc--s3alias`, BucketAccountId: ACCOUNT });
const pab = (on: boolean) => ({ BlockPublicAcls: on, IgnorePublicAcls: on, BlockPublicPolicy: on, RestrictPublicBuckets: on });

describe("collectAccessPoints", () => {
  it("pages ListAccessPoints by NextToken and stores GetAccessPoint's output, policy and status", async () => {
    s3control.on(ListAccessPointsCommand).resolves({ AccessPointList: [listed("open")], NextToken: "t2" });
    s3control.on(ListAccessPointsCommand, { NextToken: "t2" }).resolves({ AccessPointList: [listed("closed")] });
    s3control.on(GetAccessPointCommand, { Name: "open" }).resolves({ ...listed("open"), PublicAccessBlockConfiguration: pab(false), CreationDate: new Date("2024-09-12T08:30:00Z") });
    s3control.on(GetAccessPointCommand, { Name: "closed" }).resolves({ ...listed("closed"), NetworkOrigin: "VPC", VpcConfiguration: { VpcId: "vpc-1" }, PublicAccessBlockConfiguration: pab(true) });
    s3control.on(GetAccessPointPolicyCommand, { Name: "open" }).resolves({
      Policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: `${arnOf("open")}/object/*` }] }),
    });
    s3control.on(GetAccessPointPolicyStatusCommand, { Name: "open" }).resolves({ PolicyStatus: { IsPublic: true } });
    s3control.on(GetAccessPointPolicyCommand, { Name: "closed" }).rejects(error("NoSuchAccessPointPolicy", 404));
    s3control.on(GetAccessPointPolicyStatusCommand, { Name: "closed" }).rejects(error("NoSuchAccessPointPolicy", 404));
    const { sink, records, gaps } = createMemorySink();
    await collectAccessPoints(createTestContext(sink, ACCOUNT), "eu-west-1");
    expect(s3control.commandCalls(ListAccessPointsCommand).every((call) => call.args[0].input.AccountId === ACCOUNT)).toBe(true);
    const byName = Object.fromEntries(records.map((record) => [record.name, record]));
    expect(byName.open).toMatchObject({ arn: arnOf("open"), region: "eu-west-1", service: "s3", type: "AWS::S3::AccessPoint" });
    expect(byName.open!.configuration).toMatchObject({
      Bucket: "data",
      NetworkOrigin: "Internet",
      PublicAccessBlockConfiguration: pab(false),
      CreationDate: "2024-09-12T08:30:00.000Z",
      Policy: { Statement: [{ Principal: "*" }] },
      PolicyStatus: { IsPublic: true },
    });
    expect(byName.closed!.configuration).toMatchObject({ VpcConfiguration: { VpcId: "vpc-1" }, Policy: null, PolicyStatus: null });
    expect(gaps).toEqual([]);
  });

  it("records a denied GetAccessPoint on the access point and a failed listing as an inventory gap", async () => {
    s3control.on(ListAccessPointsCommand).resolves({ AccessPointList: [listed("locked")] });
    s3control.on(GetAccessPointCommand).rejects(error("AccessDenied", 403));
    s3control.on(GetAccessPointPolicyCommand).rejects(error("NoSuchAccessPointPolicy", 404));
    s3control.on(GetAccessPointPolicyStatusCommand).rejects(error("NoSuchAccessPointPolicy", 404));
    const { sink, records, gaps } = createMemorySink();
    await collectAccessPoints(createTestContext(sink, ACCOUNT), "eu-west-1");
    expect(records[0]!.configuration).toEqual({ Policy: null, PolicyStatus: null, _errors: { GetAccessPoint: "AccessDenied" } });
    expect(gaps).toEqual([expect.objectContaining({ kind: "detail", api: "GetAccessPoint", resourceArn: arnOf("locked") })]);

    s3control.reset();
    s3control.on(ListAccessPointsCommand).rejects(error("AccessDenied", 403));
    const second = createMemorySink();
    await collectAccessPoints(createTestContext(second.sink, ACCOUNT), "eu-west-1");
    expect(second.gaps).toEqual([expect.objectContaining({ kind: "inventory", service: "s3", region: "eu-west-1", api: "ListAccessPoints" })]);
  });
});
