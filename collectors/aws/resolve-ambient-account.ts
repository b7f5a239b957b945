import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { errorCode, errorMessage } from "@/collectors/aws/error-code";

export type AmbientAccount =
  | { status: "found"; accountId: string; arn: string }
  | { status: "no-credentials"; message: string }
  | { status: "error"; errorCode: string; message: string };

const NO_CREDENTIALS = new Set(["CredentialsProviderError", "ProviderError", "TokenProviderError"]);

/**
 * Which account the machine's ambient AWS credentials (env, profile, SSO, IMDS/ECS) belong to.
 * Bounded by `timeoutMs` so a machine without credentials answers "no-credentials" quickly
 * instead of waiting on the instance metadata service.
 */
export async function resolveAmbientAccount(options: { timeoutMs?: number; region?: string } = {}): Promise<AmbientAccount> {
  const timeoutMs = options.timeoutMs ?? 4_000;
  const client = new STSClient({
    region: options.region ?? "us-east-1",
    // Shorter IMDS waits than the SDK's defaults; everything else in the chain is standard.
    credentials: fromNodeProviderChain({ timeout: Math.min(1_000, timeoutMs), maxRetries: 0 }),
    maxAttempts: 1,
    requestHandler: { requestTimeout: timeoutMs, connectionTimeout: Math.min(2_000, timeoutMs) },
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<AmbientAccount>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: "no-credentials", message: `No AWS credentials answered within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const lookup = client.send(new GetCallerIdentityCommand({})).then(
    ({ Account, Arn }): AmbientAccount =>
      Account ? { status: "found", accountId: Account, arn: Arn ?? "" } : { status: "error", errorCode: "NoAccount", message: "GetCallerIdentity returned no account" },
    (error: unknown): AmbientAccount =>
      NO_CREDENTIALS.has(errorCode(error))
        ? { status: "no-credentials", message: errorMessage(error) }
        : { status: "error", errorCode: errorCode(error), message: errorMessage(error) },
  );
  try {
    return await Promise.race([lookup, timeout]);
  } finally {
    clearTimeout(timer);
    client.destroy();
  }
}
