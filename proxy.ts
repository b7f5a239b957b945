// Next 16's request gate (formerly middleware.ts): sign-in, route access, CSRF, session rotation and
// security headers for every route except static assets. The logic lives in lib/auth/create-proxy.ts.
import { authSettings, publicBaseUrl } from "@/lib/auth/auth-settings";
import { createProxy } from "@/lib/auth/create-proxy";
import { db } from "@/lib/db/client";

export const proxy = createProxy({
  database: db,
  settings: authSettings,
  trustedOrigins: () => [new URL(publicBaseUrl()).origin],
  development: process.env.NODE_ENV === "development",
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
