import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  IAMClient,
  IAMServiceException,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  ListServerCertificatesCommand,
  ListVirtualMFADevicesCommand,
  NoSuchEntityException,
  type ServiceLastAccessed,
} from "@aws-sdk/client-iam";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { collectIam } from "@/collectors/iam/collect-iam";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";
import { createTestContext } from "@/collectors/testing/create-test-context";

const iam = mockClient(IAMClient);
afterEach(() => iam.reset());

const encode = (document: unknown) => encodeURIComponent(JSON.stringify(document));
// A literal "%" in a document: decoding twice would corrupt it (or throw).
const inlineDocument = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/100%/*" }] };
const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::999988887777:root" }, Action: "sts:AssumeRole" }] };
const CSV = [
  "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated",
  "<root_account>,arn:aws:iam::123456789012:root,2018-08-12T17:20:55+00:00,not_supported,2019-03-03T16:58:16+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A",
  "app,arn:aws:iam::123456789012:user/app,2019-05-07T15:35:54+00:00,false,N/A,N/A,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A",
].join("\n");

function baseAccount() {
  iam.on(GenerateCredentialReportCommand).resolves({ State: "COMPLETE" });
  iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode(CSV), ReportFormat: "text/csv" });
  iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1 } });
  iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [], IsTruncated: false });
  iam.on(GetAccountPasswordPolicyCommand).rejects(new NoSuchEntityException({ message: "The Password Policy with domain name 123456789012 cannot be found.", $metadata: { httpStatusCode: 404 } }));
  iam.on(ListSAMLProvidersCommand).resolves({ SAMLProviderList: [] });
  iam.on(ListOpenIDConnectProvidersCommand).resolves({ OpenIDConnectProviderList: [] });
  iam.on(ListServerCertificatesCommand).resolves({ ServerCertificateMetadataList: [], IsTruncated: false });
  iam.on(GenerateServiceLastAccessedDetailsCommand).resolves({ JobId: "job-default" });
  iam.on(GetServiceLastAccessedDetailsCommand).resolves(completedJob([]));
}

/** GetServiceLastAccessedDetails as IAM answers a finished ACTION_LEVEL job. */
function completedJob(services: ServiceLastAccessed[], page: { IsTruncated?: boolean; Marker?: string } = {}) {
  return {
    JobStatus: "COMPLETED" as const,
    JobType: "ACTION_LEVEL" as const,
    JobCreationDate: new Date("2026-11-23T05:59:58.000Z"),
    JobCompletionDate: new Date("2026-11-23T06:00:01.000Z"),
    ServicesLastAccessed: services,
    IsTruncated: page.IsTruncated ?? false,
    ...(page.Marker ? { Marker: page.Marker } : {}),
  };
}

describe("collectIam", () => {
  it("pages GetAccountAuthorizationDetails by Marker and decodes every document exactly once", async () => {
    baseAccount();
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: [{ UserName: "app", UserId: "AIDA1", Arn: "arn:aws:iam::123456789012:user/app", Path: "/", CreateDate: new Date("2019-05-07T15:35:54Z"), GroupList: ["ops"], UserPolicyList: [{ PolicyName: "reports", PolicyDocument: encode(inlineDocument) }] }],
      GroupDetailList: [{ GroupName: "ops", GroupId: "AGPA1", Arn: "arn:aws:iam::123456789012:group/ops", Path: "/", GroupPolicyList: [] }],
      IsTruncated: true,
      Marker: "m2",
    });
    iam.on(GetAccountAuthorizationDetailsCommand, { Marker: "m2" }).resolves({
      RoleDetailList: [{ RoleName: "partner", RoleId: "AROA1", Arn: "arn:aws:iam::123456789012:role/partner", Path: "/", AssumeRolePolicyDocument: encode(trust), RolePolicyList: [] }],
      Policies: [{ PolicyName: "AdministratorAccess", Arn: "arn:aws:iam::aws:policy/AdministratorAccess", DefaultVersionId: "v1", PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: true, Document: encode({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }) }] }],
      IsTruncated: false,
    });
    const { sink, records, gaps } = createMemorySink();
    await collectIam(createTestContext(sink));
    const byType = (type: string) => records.filter((record) => record.type === type);
    const user = byType("AWS::IAM::User")[0]!;
    expect(user.configuration.User).toMatchObject({ UserPolicyList: [{ PolicyDocument: inlineDocument }], CreateDate: "2019-05-07T15:35:54.000Z" });
    expect(user.configuration).toMatchObject({ Credentials: { password_enabled: false, mfa_active: false, access_key_1_last_rotated: null }, AccessKeys: [], MFADevices: [], LoginProfile: null });
    expect(byType("AWS::IAM::Role")[0]!.configuration.Role).toMatchObject({ AssumeRolePolicyDocument: trust });
    expect(byType("AWS::IAM::ManagedPolicy")[0]!.configuration).toMatchObject({ AwsManaged: true, Policy: { PolicyVersionList: [{ Document: { Statement: [{ Action: "*" }] } }] } });
    expect(byType("AWS::IAM::Group")[0]!.configuration.Members).toEqual(["app"]);
    expect(byType("AWS::IAM::PasswordPolicy")[0]!.configuration).toEqual({ PasswordPolicy: null });
    expect(byType("AWS::IAM::RootAccount")[0]!.configuration).toMatchObject({ Credentials: { user: "<root_account>", mfa_active: true }, AccountSummary: { AccountMFAEnabled: 1 } });
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(2);
    expect(gaps).toEqual([]);
  });

  it("keeps what the first pages gave when a later page fails, with an inventory gap", async () => {
    baseAccount();
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({
      RoleDetailList: [{ RoleName: "first", RoleId: "AROA1", Arn: "arn:aws:iam::123456789012:role/first", Path: "/", AssumeRolePolicyDocument: encode(trust) }],
      IsTruncated: true,
      Marker: "m2",
    });
    iam.on(GetAccountAuthorizationDetailsCommand, { Marker: "m2" }).rejects(new IAMServiceException({ name: "Throttling", $fault: "client", $metadata: { httpStatusCode: 400 }, message: "Rate exceeded" }));
    const { sink, records, gaps } = createMemorySink();
    await collectIam(createTestContext(sink));
    expect(records.filter((record) => record.type === "AWS::IAM::Role").map((record) => record.name)).toEqual(["first"]);
    expect(gaps).toEqual([expect.objectContaining({ kind: "inventory", service: "iam", api: "GetAccountAuthorizationDetails", errorCode: "Throttling" })]);
  });

  describe("service last accessed", () => {
    const roleArn = "arn:aws:iam::123456789012:role/deployer";
    const userArn = "arn:aws:iam::123456789012:user/app";
    const s3Used = {
      ServiceName: "Amazon S3",
      ServiceNamespace: "s3",
      LastAuthenticated: new Date("2026-11-20T16:05:00Z"),
      LastAuthenticatedEntity: roleArn,
      LastAuthenticatedRegion: "us-east-1",
      TotalAuthenticatedEntities: 1,
      TrackedActionsLastAccessed: [
        { ActionName: "GetObject", LastAccessedEntity: roleArn, LastAccessedTime: new Date("2026-11-20T16:05:00Z"), LastAccessedRegion: "us-east-1" },
        { ActionName: "DeleteBucket" },
      ],
    };
    const lambdaUnused = { ServiceName: "AWS Lambda", ServiceNamespace: "lambda", TotalAuthenticatedEntities: 0 };

    function principals() {
      iam.on(GetAccountAuthorizationDetailsCommand).resolves({
        UserDetailList: [{ UserName: "app", UserId: "AIDA1", Arn: userArn, Path: "/", GroupList: [] }],
        RoleDetailList: [{ RoleName: "deployer", RoleId: "AROA1", Arn: roleArn, Path: "/", AssumeRolePolicyDocument: encode(trust) }],
        IsTruncated: false,
      });
    }

    it("asks for ACTION_LEVEL jobs, polls until COMPLETED and reads every page by Marker", async () => {
      baseAccount();
      principals();
      iam.on(GenerateServiceLastAccessedDetailsCommand, { Arn: roleArn }).resolves({ JobId: "job-role" });
      iam.on(GetServiceLastAccessedDetailsCommand, { JobId: "job-role" })
        .resolvesOnce({ JobStatus: "IN_PROGRESS", JobCreationDate: new Date("2026-11-23T05:59:58Z"), ServicesLastAccessed: [], JobCompletionDate: undefined })
        .resolves(completedJob([s3Used], { IsTruncated: true, Marker: "m2" }));
      iam.on(GetServiceLastAccessedDetailsCommand, { JobId: "job-role", Marker: "m2" }).resolves(completedJob([lambdaUnused]));
      const { sink, records, gaps } = createMemorySink();
      await collectIam(createTestContext(sink));
      expect(iam.commandCalls(GenerateServiceLastAccessedDetailsCommand).map((call) => call.args[0].input).sort((a, b) => String(a.Arn).localeCompare(String(b.Arn)))).toEqual([
        { Arn: roleArn, Granularity: "ACTION_LEVEL" },
        { Arn: userArn, Granularity: "ACTION_LEVEL" },
      ]);
      const role = records.find((record) => record.arn === roleArn)!;
      expect(role.configuration.ServiceLastAccessed).toEqual({
        JobCompletionDate: "2026-11-23T06:00:01.000Z",
        Services: [
          { ...s3Used, LastAuthenticated: "2026-11-20T16:05:00.000Z", TrackedActionsLastAccessed: [{ ...s3Used.TrackedActionsLastAccessed[0], LastAccessedTime: "2026-11-20T16:05:00.000Z" }, { ActionName: "DeleteBucket" }] },
          lambdaUnused,
        ],
      });
      // One IN_PROGRESS poll, the completed first page, the second page.
      expect(iam.commandCalls(GetServiceLastAccessedDetailsCommand, { JobId: "job-role" })).toHaveLength(3);
      expect(records.find((record) => record.arn === userArn)!.configuration.ServiceLastAccessed).toEqual({ JobCompletionDate: "2026-11-23T06:00:01.000Z", Services: [] });
      expect(gaps).toEqual([]);
    });

    it("records a FAILED job or a denied GenerateServiceLastAccessedDetails as that principal's detail gap", async () => {
      baseAccount();
      principals();
      iam.on(GenerateServiceLastAccessedDetailsCommand, { Arn: roleArn }).resolves({ JobId: "job-role" });
      iam.on(GetServiceLastAccessedDetailsCommand, { JobId: "job-role" }).resolves({
        JobStatus: "FAILED",
        JobCreationDate: new Date("2026-11-23T05:59:58Z"),
        JobCompletionDate: new Date("2026-11-23T06:00:01Z"),
        ServicesLastAccessed: [],
        Error: { Code: "InternalFailure", Message: "The job could not be completed" },
      });
      iam.on(GenerateServiceLastAccessedDetailsCommand, { Arn: userArn }).rejects(
        new IAMServiceException({ name: "AccessDenied", $fault: "client", $metadata: { httpStatusCode: 403 }, message: "not authorized to perform: iam:GenerateServiceLastAccessedDetails" }),
      );
      const { sink, records, gaps } = createMemorySink();
      await collectIam(createTestContext(sink));
      const role = records.find((record) => record.arn === roleArn)!;
      const user = records.find((record) => record.arn === userArn)!;
      expect(role.configuration).not.toHaveProperty("ServiceLastAccessed");
      expect(role.configuration._errors).toEqual({ GetServiceLastAccessedDetails: "InternalFailure" });
      expect(user.configuration._errors).toEqual({ GenerateServiceLastAccessedDetails: "AccessDenied" });
      expect(user.configuration).toMatchObject({ AccessKeys: [], LoginProfile: null });
      expect(gaps).toHaveLength(2);
      expect(gaps).toEqual(expect.arrayContaining([
        expect.objectContaining({ kind: "detail", api: "GetServiceLastAccessedDetails", resourceArn: roleArn, errorCode: "InternalFailure" }),
        expect.objectContaining({ kind: "detail", api: "GenerateServiceLastAccessedDetails", resourceArn: userArn, errorCode: "AccessDenied" }),
      ]));
    });

    it("keeps a role whose job IAM no longer knows (NoSuchEntity from GetServiceLastAccessedDetails), and skips a deleted one", async () => {
      baseAccount();
      principals();
      iam.on(GetServiceLastAccessedDetailsCommand).rejects(new NoSuchEntityException({ message: "job not found", $metadata: { httpStatusCode: 404 } }));
      iam.on(GenerateServiceLastAccessedDetailsCommand, { Arn: userArn }).rejects(new NoSuchEntityException({ message: "The user with name app cannot be found.", $metadata: { httpStatusCode: 404 } }));
      const { sink, records } = createMemorySink();
      await collectIam(createTestContext(sink));
      expect(records.find((record) => record.arn === roleArn)!.configuration._errors).toEqual({ GetServiceLastAccessedDetails: "JobNotFound" });
      expect(records.some((record) => record.arn === userArn)).toBe(false);
    });
  });
});
