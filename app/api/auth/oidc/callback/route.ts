// The OpenID Connect redirect URI: validates the provider's answer, maps the identity and signs the user in.
import { NextResponse, type NextRequest } from "next/server";
import { authSettings, publicBaseUrl } from "@/lib/auth/auth-settings";
import { completeOidcSignIn } from "@/lib/auth/oidc/complete-oidc-sign-in";
import { OIDC_COOKIE, OIDC_COOKIE_PATH } from "@/lib/auth/oidc/oidc-client";
import { oidcSettings } from "@/lib/auth/oidc/oidc-settings";
import { requestOrigin } from "@/lib/auth/request-origin";
import { isHttpsRequest, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const settings = oidcSettings();
  const base = publicBaseUrl();
  if (!settings) return NextResponse.json({ error: "not_configured", message: "Single sign-on is not configured." }, { status: 404 });

  const callbackUrl = new URL(`${base}/api/auth/oidc/callback`);
  callbackUrl.search = request.nextUrl.search;
  const result = await completeOidcSignIn(
    db(), settings, { callbackUrl, attemptCookie: request.cookies.get(OIDC_COOKIE)?.value }, requestOrigin(request.headers), authSettings(),
  );
  const response = NextResponse.redirect(new URL(result.ok ? result.next : `/sign-in?error=${result.error}`, base), 303);
  response.cookies.set(OIDC_COOKIE, "", { path: OIDC_COOKIE_PATH, maxAge: 0 });
  if (result.ok) response.cookies.set(SESSION_COOKIE, result.session.token, sessionCookieOptions(isHttpsRequest(request.url, request.headers), result.session.expiresAt));
  return response;
}
