// Starts OpenID Connect single sign-on: redirects to the provider with PKCE, state and nonce.
import { NextResponse } from "next/server";
import { publicBaseUrl } from "@/lib/auth/auth-settings";
import { OIDC_COOKIE, OIDC_COOKIE_PATH, startOidcSignIn } from "@/lib/auth/oidc/oidc-client";
import { oidcSettings } from "@/lib/auth/oidc/oidc-settings";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { isHttpsRequest } from "@/lib/auth/session-cookie";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const settings = oidcSettings();
  if (!settings) return NextResponse.json({ error: "not_configured", message: "Single sign-on is not configured." }, { status: 404 });
  const next = safeNextPath(new URL(request.url).searchParams.get("next"));
  try {
    const { url, attempt } = await startOidcSignIn(settings, `${publicBaseUrl()}/api/auth/oidc/callback`, next);
    const response = NextResponse.redirect(url, 303);
    response.cookies.set(OIDC_COOKIE, Buffer.from(JSON.stringify(attempt)).toString("base64url"), {
      httpOnly: true, sameSite: "lax", secure: isHttpsRequest(request.url, request.headers), path: OIDC_COOKIE_PATH, maxAge: 600,
    });
    return response;
  } catch {
    console.error("vigil: OpenID Connect discovery failed for the configured issuer");
    return NextResponse.redirect(new URL("/sign-in?error=sso_failed", publicBaseUrl()), 303);
  }
}
