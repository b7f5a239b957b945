import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  IAMServiceException,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  ListServerCertificatesCommand,
  ListVirtualMFADevicesCommand,
  NoSuchEntityException,
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
});
