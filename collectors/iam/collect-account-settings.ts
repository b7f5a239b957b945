import {
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  paginateListVirtualMFADevices,
} from "@aws-sdk/client-iam";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import { NO_SUCH_ENTITY } from "@/collectors/aws/error-code";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { ResourceDetails } from "@/collectors/core/read-resource-details";
import type { CredentialReport } from "@/collectors/iam/fetch-credential-report";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/** The root user (credential-report row, account summary, root MFA) and the password policy. */
export async function collectAccountSettings(context: CollectContext, report: CredentialReport): Promise<void> {
  const iam = context.clients.client("iam", GLOBAL_SERVICE_REGION);
  const rootArn = `arn:aws:iam::${context.accountId}:root`;
  const root = new ResourceDetails(context, { service: "iam", region: GLOBAL_REGION, resourceArn: rootArn, goneCodes: [] });
  if ("rows" in report) root.set("Credentials", report.rows.get("<root_account>") ?? null);
  else root.configuration._errors![report.failedApi] = report.errorCode;
  await root.read("AccountSummary", "GetAccountSummary", async () => (await iam.send(new GetAccountSummaryCommand({}))).SummaryMap ?? {});
  await root.read("MFADevices", "ListVirtualMFADevices", async () => {
    const devices = [];
    for await (const page of paginateListVirtualMFADevices({ client: iam }, { AssignmentStatus: "Assigned" })) {
      for (const device of page.VirtualMFADevices ?? []) {
        if (device.User?.Arn === rootArn || device.SerialNumber?.endsWith(":mfa/root-account-mfa-device")) {
          devices.push({ SerialNumber: device.SerialNumber, EnableDate: device.EnableDate });
        }
      }
    }
    return devices;
  });
  await emitResource(context, {
    arn: rootArn,
    region: GLOBAL_REGION,
    service: "iam",
    type: "AWS::IAM::RootAccount",
    name: "root",
    configuration: root.complete(),
  });

  const policyArn = `arn:aws:iam::${context.accountId}:account-password-policy`;
  const policy = new ResourceDetails(context, { service: "iam", region: GLOBAL_REGION, resourceArn: policyArn, goneCodes: [] });
  await policy.read(
    "PasswordPolicy",
    "GetAccountPasswordPolicy",
    async () => (await iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy ?? null,
    { notConfigured: { codes: NO_SUCH_ENTITY, value: null } },
  );
  await emitResource(context, {
    arn: policyArn,
    region: GLOBAL_REGION,
    service: "iam",
    type: "AWS::IAM::PasswordPolicy",
    name: "account-password-policy",
    configuration: policy.complete(),
  });
}
