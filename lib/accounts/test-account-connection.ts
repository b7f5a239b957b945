/**
 * Tries the connection a scan would make: AssumeRole into the account's role (with its external id), then
 * GetCallerIdentity with those credentials, and reports what happened in words a person can act on.
 */
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { createAssumeRoleCredentials } from "@/collectors/aws/create-assume-role-credentials";
import { errorCode, errorMessage } from "@/collectors/aws/error-code";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { connectionTestInput, type ConnectionTestInput } from "@/lib/accounts/accounts.schemas";
import { explainConnectionError } from "@/lib/accounts/explain-connection-error";

export type ConnectionTestResult =
  | { ok: true; accountId: string; arn: string }
  | { ok: false; errorCode: string; message: string; hint: string };

export type CallerIdentityProbe = (input: { roleArn: string; externalId?: string }) => Promise<{ accountId?: string; arn?: string }>;

const TIMEOUT_MS = 10_000;

export const probeCallerIdentity: CallerIdentityProbe = async ({ roleArn, externalId }) => {
  const client = new STSClient({
    region: "us-east-1",
    credentials: createAssumeRoleCredentials({ roleArn, externalId, region: "us-east-1" }),
    maxAttempts: 1,
    requestHandler: { requestTimeout: TIMEOUT_MS, connectionTimeout: 4_000 },
  });
  try {
    const identity = await client.send(new GetCallerIdentityCommand({}), { abortSignal: AbortSignal.timeout(TIMEOUT_MS) });
    return { accountId: identity.Account, arn: identity.Arn };
  } finally {
    client.destroy();
  }
};

export async function testAccountConnection(actor: Actor, input: ConnectionTestInput, probe: CallerIdentityProbe = probeCallerIdentity): Promise<ConnectionTestResult> {
  authorize(actor, "accounts:manage");
  const valid = connectionTestInput.parse(input);
  try {
    const identity = await probe({ roleArn: valid.roleArn, ...(valid.externalId ? { externalId: valid.externalId } : {}) });
    if (identity.accountId !== valid.accountId) {
      return {
        ok: false, errorCode: "WrongAccount", message: `The role answered from account ${identity.accountId ?? "unknown"}, not ${valid.accountId}.`,
        hint: "Check the account id and the role ARN: they must name the same account.",
      };
    }
    return { ok: true, accountId: identity.accountId, arn: identity.arn ?? "" };
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, errorCode: code, message: errorMessage(error), hint: explainConnectionError(code) };
  }
}
