// The OpenID Connect redirect URI: validates the provider's answer, maps the identity and signs the user in.
import { NextResponse, type NextRequest } from "next/server";
import { authSettings, publicBaseUrl } from "@/lib/auth/auth-settings";
import { mapOidcIdentity } from "@/lib/auth/oidc/map-oidc-identity";
import { finishOidcSignIn, OIDC_COOKIE, OIDC_COOKIE_PATH, oidcAttemptSchema } from "@/lib/auth/oidc/oidc-client";
import { oidcSettings } from "@/lib/auth/oidc/oidc-settings";
import { signInWithOidc } from "@/lib/auth/oidc/sign-in-with-oidc";
import { requestOrigin } from "@/lib/auth/request-origin";
import { isHttpsRequest, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const settings = oidcSettings();
  const base = publicBaseUrl();
  const fail = (error: string) => {
    const response = NextResponse.redirect(new URL(`/sign-in?error=${error}`, base), 303);
    response.cookies.set(OIDC_COOKIE, "", { path: OIDC_COOKIE_PATH, maxAge: 0 });
    return response;
  };
  if (!settings) return NextResponse.json({ error: "not_configured", message: "Single sign-on is not configured." }, { status: 404 });

  let attempt;
  try {
    attempt = oidcAttemptSchema.parse(JSON.parse(Buffer.from(request.cookies.get(OIDC_COOKIE)?.value ?? "", "base64url").toString("utf8")));
  } catch {
    return fail("sso_failed");
  }
  const https = isHttpsRequest(request.url, request.headers);
  const callbackUrl = new URL(`${base}/api/auth/oidc/callback`);
  callbackUrl.search = request.nextUrl.search;
  let identity;
  try {
    const { claims, issuer } = await finishOidcSignIn(settings, callbackUrl, attempt);
    identity = mapOidcIdentity(claims, issuer, settings);
  } catch {
    // The provider's error text may echo request data; log only that it failed.
    console.error("vigil: an OpenID Connect sign-in failed validation");
    return fail("sso_failed");
  }
  const result = await signInWithOidc(db(), identity, requestOrigin(request.headers), authSettings());
  if (!result.ok) return fail("sso_denied");
  const response = NextResponse.redirect(new URL(attempt.next, base), 303);
  response.cookies.set(OIDC_COOKIE, "", { path: OIDC_COOKIE_PATH, maxAge: 0 });
  response.cookies.set(SESSION_COOKIE, result.session.token, sessionCookieOptions(https, result.session.expiresAt));
  return response;
}
