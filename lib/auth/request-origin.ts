/**
 * Where a request came from, for the audit trail and per-IP limits. The client address is the last
 * X-Forwarded-For entry: the one added by the nearest proxy (or by Next's own server when Vigil is exposed
 * directly), which a client cannot choose. Deploy behind a reverse proxy that sets the header.
 */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

interface HeaderSource {
  get(name: string): string | null;
}

export function requestOrigin(headers: HeaderSource): RequestOrigin {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  const ip = last ?? headers.get("x-real-ip");
  const userAgent = headers.get("user-agent");
  return {
    ip: ip && /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip : null,
    userAgent: userAgent ? userAgent.slice(0, 300) : null,
  };
}

export const NO_ORIGIN: RequestOrigin = { ip: null, userAgent: null };
