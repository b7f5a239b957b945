import {
  GetAccessKeyLastUsedCommand,
  GetLoginProfileCommand,
  paginateListAccessKeys,
  paginateListMFADevices,
  type UserDetail,
} from "@aws-sdk/client-iam";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import { NO_SUCH_ENTITY } from "@/collectors/aws/error-code";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { ResourceDetails, ResourceGoneError } from "@/collectors/core/read-resource-details";
import type { CredentialReport } from "@/collectors/iam/fetch-credential-report";
import { decodeUser } from "@/collectors/iam/decode-authorization-details";
import { lastAccessedFailedApi, readServiceLastAccessed } from "@/collectors/iam/read-service-last-accessed";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/** GetAccessKeyLastUsed answers "N/A" for a key that was never used. */
const knownOrNull = (value: string | undefined) => (value && value !== "N/A" ? value : null);

async function listAll<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

/**
 * Completes one user with credentials, access keys (and their last use), MFA devices, login
 * profile and service last access, read in parallel. Calls the credential report already answers
 * "none" to are skipped: on large accounts most users have no password or keys.
 */
export async function collectUser(context: CollectContext, user: UserDetail, report: CredentialReport): Promise<void> {
  if (!user.Arn || !user.UserName) return;
  const UserName = user.UserName;
  const Arn = user.Arn;
  const iam = context.clients.client("iam", GLOBAL_SERVICE_REGION);
  const details = new ResourceDetails(context, {
    service: "iam",
    region: GLOBAL_REGION,
    resourceArn: user.Arn,
    goneCodes: NO_SUCH_ENTITY,
  });
  details.set("User", decodeUser(user));
  const row = "rows" in report ? (report.rows.get(UserName) ?? null) : undefined;
  if ("rows" in report) details.set("Credentials", row);
  else details.configuration._errors![report.failedApi] = report.errorCode;

  const hasKeys = row === undefined || row === null || row.access_key_1_last_rotated !== null || row.access_key_2_last_rotated !== null;
  try {
    await Promise.all([
      details.read("ServiceLastAccessed", "GetServiceLastAccessedDetails", () => readServiceLastAccessed(context, Arn), {
        failedApi: lastAccessedFailedApi,
      }),
      readAccessKeys(),
      readMfaDevices(),
      readLoginProfile(),
    ]);
  } catch (error) {
    if (error instanceof ResourceGoneError) return;
    throw error;
  }
  await emitUser(context, { ...user, Arn, UserName }, details);

  async function readAccessKeys() {
    if (!hasKeys) details.set("AccessKeys", []);
    else
      await details.read("AccessKeys", "ListAccessKeys", async () => {
        const pages = await listAll(paginateListAccessKeys({ client: iam }, { UserName }));
        const keys = pages.flatMap((page) => page.AccessKeyMetadata ?? []);
        return Promise.all(
          keys.map(async (key) => {
            const used = key.AccessKeyId
              ? (await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }))).AccessKeyLastUsed
              : undefined;
            return {
              AccessKeyId: key.AccessKeyId,
              Status: key.Status,
              CreateDate: key.CreateDate,
              LastUsedDate: used?.LastUsedDate ?? null,
              LastUsedService: knownOrNull(used?.ServiceName),
              LastUsedRegion: knownOrNull(used?.Region),
            };
          }),
        );
      });
  }

  async function readMfaDevices() {
    if (row && row.mfa_active === false) details.set("MFADevices", []);
    else
      await details.read("MFADevices", "ListMFADevices", async () => {
        const pages = await listAll(paginateListMFADevices({ client: iam }, { UserName }));
        return pages.flatMap((page) => page.MFADevices ?? []).map(({ SerialNumber, EnableDate }) => ({ SerialNumber, EnableDate }));
      });
  }

  async function readLoginProfile() {
    if (row && row.password_enabled === false) details.set("LoginProfile", null);
    else
      await details.read(
        "LoginProfile",
        "GetLoginProfile",
        async () => {
          const { LoginProfile } = await iam.send(new GetLoginProfileCommand({ UserName }));
          return { CreateDate: LoginProfile?.CreateDate, PasswordResetRequired: LoginProfile?.PasswordResetRequired ?? false };
        },
        // GetLoginProfile answers NoSuchEntity both for "no password" and for a deleted user; the
        // user itself was just listed, so it means "no password" here.
        { notConfigured: { codes: NO_SUCH_ENTITY, value: null } },
      );
  }
}

/** Emitted once every detail (and the last-access job) has answered. */
async function emitUser(context: CollectContext, user: UserDetail & { Arn: string; UserName: string }, details: ResourceDetails) {
  await emitResource(context, {
    arn: user.Arn,
    region: GLOBAL_REGION,
    service: "iam",
    type: "AWS::IAM::User",
    name: user.UserName,
    configuration: details.complete(),
  });
}
