/**
 * Response security headers. The Content-Security-Policy carries a per-request nonce (set by proxy.ts;
 * Next.js adds it to its own scripts), so no inline script runs unless Vigil rendered it. Styles allow
 * inline attributes (React and the charts set style=""), which cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers for every response, static assets included (next.config.ts applies these too). */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  // Browsers ignore HSTS on plain http, so sending it always is harmless and right behind TLS.
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
};

export function generateNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}
