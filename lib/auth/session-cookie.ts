/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever Vigil is served over https (plain http only on localhost set-ups). */
export const SESSION_COOKIE = "vigil_session";

export interface CookieOptions {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
  expires?: Date;
}

export function sessionCookieOptions(https: boolean, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: https, path: "/", ...(expires ? { expires } : {}) };
}

interface HeaderSource {
  get(name: string): string | null;
}

/** True when the browser reached Vigil over https (directly or through a proxy that says so). */
export function isHttpsRequest(url: string, headers: HeaderSource): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded ? forwarded === "https" : url.startsWith("https:");
}
