/**
 * The request gate in front of every route (proxy.ts, Next 16's middleware): CSRF check for mutations,
 * the route's access rule (lib/auth/route-rules.ts) against the session, session rotation, and security
 * headers with a per-request CSP nonce. New pages are covered without doing anything.
 */
import { NextResponse, type NextRequest } from "next/server";
import type { Database } from "@/lib/db/client";
import type { AuthSettings } from "./auth-settings";
import { isSafeMethod, isSameOriginRequest } from "./check-same-origin";
import { can } from "./permissions";
import { requestOrigin } from "./request-origin";
import { resolveSession } from "./resolve-session";
import { rotateSession } from "./rotate-session";
import { accessFor } from "./route-rules";
import { contentSecurityPolicy, generateNonce, STATIC_SECURITY_HEADERS } from "./security-headers";
import { isHttpsRequest, SESSION_COOKIE, sessionCookieOptions } from "./session-cookie";

export interface ProxyDependencies {
  database: () => Database;
  settings: () => AuthSettings;
  /** Extra origins allowed to post (VIGIL_PUBLIC_URL when Vigil sits behind a proxy). */
  trustedOrigins?: () => readonly string[];
  development?: boolean;
}

export function createProxy(deps: ProxyDependencies) {
  return async function proxy(request: NextRequest): Promise<NextResponse> {
    const https = isHttpsRequest(request.url, request.headers);
    const nonce = generateNonce();
    const csp = contentSecurityPolicy(nonce, { https, development: deps.development ?? false });
    const finish = (response: NextResponse, clearCookie = false) => {
      response.headers.set("Content-Security-Policy", csp);
      for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
      if (clearCookie) response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(https), maxAge: 0 });
      return response;
    };
    const { pathname } = request.nextUrl;
    const isApi = pathname.startsWith("/api/");

    if (!isSafeMethod(request.method) && !isSameOriginRequest(request.headers, request.nextUrl.origin, deps.trustedOrigins?.() ?? [])) {
      return finish(NextResponse.json({ error: "forbidden", message: "Cross-site request refused." }, { status: 403 }));
    }

    const access = accessFor(pathname);
    const token = request.cookies.get(SESSION_COOKIE)?.value;
    const forward = (extra?: (headers: Headers) => void) => {
      const headers = new Headers(request.headers);
      headers.set("x-nonce", nonce);
      headers.set("Content-Security-Policy", csp);
      extra?.(headers);
      return NextResponse.next({ request: { headers } });
    };
    if (access.kind === "public") return finish(forward());
    if (access.kind === "api_token") {
      // The handler verifies the token (lib/api-tokens); a request without one never reaches it.
      if (/^Bearer \S+$/.test(request.headers.get("authorization") ?? "")) return finish(forward());
      return finish(NextResponse.json({ error: "unauthenticated", message: "Send an API token: Authorization: Bearer <token>." }, { status: 401 }));
    }

    const settings = deps.settings();
    const session = await resolveSession(deps.database(), token, settings);
    if (!session) {
      if (isApi) return finish(NextResponse.json({ error: "unauthenticated", message: "Sign in first." }, { status: 401 }), token !== undefined);
      const signIn = new URL("/sign-in", request.nextUrl.origin);
      if (pathname !== "/") signIn.searchParams.set("next", `${pathname}${request.nextUrl.search}`.slice(0, 1000));
      return finish(NextResponse.redirect(signIn, 303), token !== undefined);
    }
    if (access.kind === "action" && !can(session.actor, access.action)) {
      const message = `Your role (${session.actor.role}) cannot open this page.`;
      if (isApi) return finish(NextResponse.json({ error: "forbidden", message }, { status: 403 }));
      const page = `<!doctype html><meta charset="utf-8"><title>Not allowed · Vigil</title><h1>Not allowed</h1><p>${message}</p><p><a href="/">Back to the overview</a></p>`;
      return finish(new NextResponse(page, { status: 403, headers: { "Content-Type": "text/html; charset=utf-8" } }));
    }

    const rotated = session.rotationDue ? await rotateSession(deps.database(), session.sessionId, requestOrigin(request.headers), settings) : null;
    if (!rotated) return finish(forward());
    request.cookies.set(SESSION_COOKIE, rotated.token);
    const response = forward((headers) => headers.set("cookie", request.cookies.toString()));
    response.cookies.set(SESSION_COOKIE, rotated.token, sessionCookieOptions(https, rotated.expiresAt));
    return finish(response);
  };
}
