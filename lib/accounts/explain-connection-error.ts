/** What to do about a failed AssumeRole / GetCallerIdentity, by AWS error code. Pure. */
const HINTS: Record<string, string> = {
  AccessDenied:
    "AWS refused to let Vigil assume the role. Check that the role's trust policy names Vigil's AWS account as principal and requires this external id, and that Vigil's own identity may call sts:AssumeRole on it.",
  AccessDeniedException: "AWS refused the call. Check the role's trust policy and the external id.",
  InvalidClientTokenId: "Vigil's own AWS credentials are not valid (deleted or mistyped access key).",
  ExpiredToken: "Vigil's own AWS credentials have expired (an SSO or temporary session). Refresh them and try again.",
  ExpiredTokenException: "Vigil's own AWS credentials have expired. Refresh them and try again.",
  CredentialsProviderError: "Vigil has no AWS credentials of its own to assume the role with (environment, profile, SSO or instance role).",
  ProviderError: "Vigil has no AWS credentials of its own to assume the role with (environment, profile, SSO or instance role).",
  RegionDisabledException: "STS is disabled in the region used; enable it or use a different region.",
  MalformedPolicyDocument: "The role ARN or external id is malformed.",
  ValidationError: "The role ARN or external id is not valid.",
  TimeoutError: "AWS did not answer in time: check the network path from Vigil to sts.amazonaws.com.",
};

export function explainConnectionError(code: string): string {
  return HINTS[code] ?? "The connection failed; the AWS error message above says why.";
}
