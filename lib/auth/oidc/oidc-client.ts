/**
 * The OpenID Connect relying party through openid-client (MIT): discovery, the authorization code flow
 * with PKCE (S256), state and nonce, and ID-token validation. The per-attempt secrets travel in a short-lived
 * HttpOnly cookie scoped to the callback path.
 */
import * as client from "openid-client";
import { z } from "zod";
import type { OidcSettings } from "./oidc-settings";

export const OIDC_COOKIE = "vigil_oidc";
export const OIDC_COOKIE_PATH = "/api/auth/oidc";

const discovered = new Map<string, Promise<client.Configuration>>();

async function configuration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  let config = discovered.get(key);
  if (!config) {
    config = client.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
      // Plain-http issuers only for local test providers.
      execute: new URL(settings.issuer).hostname === "127.0.0.1" || new URL(settings.issuer).hostname === "localhost" ? [client.allowInsecureRequests] : [],
    });
    discovered.set(key, config);
    config.catch(() => discovered.delete(key));
  }
  return config;
}

export const oidcAttemptSchema = z.object({ verifier: z.string().min(43).max(128), state: z.string().min(16).max(128), nonce: z.string().min(16).max(128), next: z.string().max(1000) });
export type OidcAttempt = z.infer<typeof oidcAttemptSchema>;

export async function startOidcSignIn(settings: OidcSettings, redirectUri: string, next: string): Promise<{ url: URL; attempt: OidcAttempt }> {
  const config = await configuration(settings);
  const verifier = client.randomPKCECodeVerifier();
  const attempt = { verifier, state: client.randomState(), nonce: client.randomNonce(), next };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: attempt.state,
    nonce: attempt.nonce,
  });
  return { url, attempt };
}

/** Exchanges the code and returns the validated ID token's claims; throws on any mismatch. */
export async function finishOidcSignIn(settings: OidcSettings, callbackUrl: URL, attempt: OidcAttempt): Promise<{ claims: Record<string, unknown>; issuer: string }> {
  const config = await configuration(settings);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: attempt.verifier,
    expectedState: attempt.state,
    expectedNonce: attempt.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error("The provider returned no ID token.");
  return { claims: { ...claims }, issuer: config.serverMetadata().issuer };
}
