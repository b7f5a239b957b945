import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, generateNonce } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce and forbids framing", () => {
    const nonce = generateNonce();
    const csp = contentSecurityPolicy(nonce, { https: true, development: false });
    const scripts = csp.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("leaves http alone on localhost and allows eval only in development", () => {
    expect(contentSecurityPolicy("n", { https: false, development: false })).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { https: false, development: true })).toContain("'unsafe-eval'");
    expect(generateNonce()).not.toBe(generateNonce());
  });
});
