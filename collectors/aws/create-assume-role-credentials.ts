import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";

type CredentialsProvider = ReturnType<typeof fromTemporaryCredentials>;
type Credentials = Awaited<ReturnType<CredentialsProvider>>;

/** Session name CloudTrail shows for every call Vigil makes in the scanned account. */
export const VIGIL_ROLE_SESSION_NAME = "vigil-scan";

/** Refresh this long before the session expires so a call never signs with stale credentials. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Credentials of `roleArn`, assumed from the ambient credentials. Shared by every client of the
 * account, so one AssumeRole serves them all until shortly before expiry (the SDK's own provider
 * does not memoise across clients).
 */
export function createAssumeRoleCredentials(options: {
  roleArn: string;
  externalId?: string | null;
  region?: string;
}): CredentialsProvider {
  const provider = fromTemporaryCredentials({
    params: {
      RoleArn: options.roleArn,
      RoleSessionName: VIGIL_ROLE_SESSION_NAME,
      ...(options.externalId ? { ExternalId: options.externalId } : {}),
    },
    ...(options.region ? { clientConfig: { region: options.region } } : {}),
  });
  let current: Promise<Credentials> | undefined;
  return async () => {
    if (current) {
      const credentials = await current.catch(() => undefined);
      const expiresAt = credentials?.expiration?.getTime() ?? Number.POSITIVE_INFINITY;
      if (credentials && expiresAt - Date.now() > REFRESH_MARGIN_MS) return credentials;
    }
    current = provider();
    return current;
  };
}
