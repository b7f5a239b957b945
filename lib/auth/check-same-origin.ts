/**
 * CSRF defence for every state-changing request (route handlers and server actions alike): the browser
 * must say the request came from Vigil's own pages. Uses Sec-Fetch-Site when the browser sends it and the
 * Origin header otherwise; a request with neither is refused.
 */
interface HeaderSource {
  get(name: string): string | null;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

export function isSameOriginRequest(headers: HeaderSource, requestOrigin: string, extraOrigins: readonly string[] = []): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const origin = headers.get("origin");
  if (origin === null) return fetchSite === "same-origin";
  const forwardedHost = headers.get("x-forwarded-host") ?? headers.get("host");
  const allowed = new Set([requestOrigin, ...extraOrigins]);
  if (forwardedHost) {
    const scheme = new URL(requestOrigin).protocol;
    allowed.add(`${scheme}//${forwardedHost}`);
  }
  return allowed.has(origin);
}
