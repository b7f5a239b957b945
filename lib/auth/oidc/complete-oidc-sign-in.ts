/**
 * The OpenID Connect callback, start to end: reads the attempt (PKCE verifier, state, nonce) from its
 * cookie, lets openid-client exchange the code and validate the ID token (signature, issuer, audience,
 * expiry, nonce, state), maps the identity and signs the user in. Every refusal is audited as a failed
 * auth.sign_in with a short reason code, never with the provider's text (it may echo request data).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Database } from "@/lib/db/client";
import type { AuthSettings } from "../auth-settings";
import type { IssuedSession } from "../create-session";
import type { RequestOrigin } from "../request-origin";
import { safeNextPath } from "../safe-next-path";
import { mapOidcIdentity } from "./map-oidc-identity";
import { finishOidcSignIn, oidcAttemptSchema } from "./oidc-client";
import type { OidcSettings } from "./oidc-settings";
import { signInWithOidc } from "./sign-in-with-oidc";

export type OidcCallbackResult =
  | { ok: true; session: IssuedSession; next: string }
  /** sso_failed: the provider's answer did not validate; sso_denied: a valid identity Vigil refuses. */
  | { ok: false; error: "sso_failed" | "sso_denied" };

export async function completeOidcSignIn(
  database: Database,
  settings: OidcSettings,
  input: { callbackUrl: URL; attemptCookie: string | undefined },
  origin: RequestOrigin,
  authSettings: AuthSettings,
  now = new Date(),
): Promise<OidcCallbackResult> {
  const refuse = async (reason: string): Promise<OidcCallbackResult> => {
    await recordAuditEvent(database, { actor: { kind: "anonymous" }, action: "auth.sign_in", outcome: "failure", details: { method: "oidc", reason }, origin, at: now });
    return { ok: false, error: "sso_failed" };
  };
  const attempt = oidcAttemptSchema.safeParse(decodeAttempt(input.attemptCookie));
  if (!attempt.success) return refuse("attempt_missing");
  let identity;
  try {
    const { claims, issuer } = await finishOidcSignIn(settings, input.callbackUrl, attempt.data);
    identity = mapOidcIdentity(claims, issuer, settings);
  } catch (error) {
    return refuse(oidcFailureReason(error));
  }
  const result = await signInWithOidc(database, identity, origin, authSettings, now);
  // The cookie is not signed: the path to return to is checked again, never trusted.
  return result.ok ? { ok: true, session: result.session, next: safeNextPath(attempt.data.next) } : { ok: false, error: "sso_denied" };
}

function decodeAttempt(cookie: string | undefined): unknown {
  try {
    return JSON.parse(Buffer.from(cookie ?? "", "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

/**
 * A short, safe reason for the audit trail from an openid-client (oauth4webapi) error: its code, the claim
 * that failed and the OAuth error the provider returned, e.g. "jwt_claim_comparison_failed:iss" or
 * "response_body_error:invalid_grant". Only identifier-shaped values are kept.
 */
export function oidcFailureReason(error: unknown): string {
  const failure = (error ?? {}) as { code?: unknown; error?: unknown };
  const code = typeof failure.code === "string" && /^OAUTH_[A-Z_]{1,60}$/.test(failure.code) ? failure.code.slice(6).toLowerCase() : "unexpected";
  // openid-client wraps oauth4webapi's error, whose cause names the claim: look a few causes deep.
  let link: unknown = error;
  let claimName: unknown;
  for (let depth = 0; depth < 4 && link && typeof link === "object" && claimName === undefined; depth++) {
    claimName = (link as { claim?: unknown }).claim;
    link = (link as { cause?: unknown }).cause;
  }
  const claim = typeof claimName === "string" && /^[a-z_]{1,30}$/.test(claimName) ? `:${claimName}` : "";
  const oauth = typeof failure.error === "string" && /^[a-z_]{1,60}$/.test(failure.error) ? `:${failure.error}` : "";
  return `${code}${claim}${oauth}`;
}
