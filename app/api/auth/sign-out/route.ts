// Signing out ends the session on the server (not only in the browser) and is audited. POST only; proxy.ts
// refuses cross-site posts, so another site cannot sign people out.
import { NextResponse, type NextRequest } from "next/server";
import { requestOrigin } from "@/lib/auth/request-origin";
import { isHttpsRequest, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { signOut } from "@/lib/auth/sign-out";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest) {
  await signOut(db(), request.cookies.get(SESSION_COOKIE)?.value, requestOrigin(request.headers));
  // A relative Location: behind a proxy (or with HOSTNAME 0.0.0.0) request.url's origin is not the browser's.
  const response = new NextResponse(null, { status: 303, headers: { Location: "/sign-in?notice=signed_out" } });
  response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(isHttpsRequest(request.url, request.headers)), maxAge: 0 });
  return response;
}
