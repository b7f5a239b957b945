import { describe, expect, it } from "vitest";
import { mapOidcIdentity } from "./map-oidc-identity";

const settings = {
  allowedDomains: ["example.com"],
  roleClaim: "groups",
  roleMap: [{ value: "secops", role: "analyst" as const }, { value: "vigil-admins", role: "admin" as const }, { value: "dev", role: "engineer" as const }],
  defaultRole: null,
};
const ISSUER = "https://idp.example.com";

describe("mapOidcIdentity", () => {
  it("maps a verified e-mail in an allowed domain to the most powerful mapped role", () => {
    const identity = mapOidcIdentity({ sub: "abc", email: "Ana@Example.com", email_verified: true, name: "Ana", groups: ["dev", "vigil-admins"] }, ISSUER, settings);
    expect(identity).toEqual({ ok: true, subject: `${ISSUER} abc`, email: "ana@example.com", name: "Ana", role: "admin" });
  });

  it("refuses unverified e-mails, other domains and users without a mapped role", () => {
    expect(mapOidcIdentity({ sub: "a", email: "ana@example.com", email_verified: false, groups: ["dev"] }, ISSUER, settings)).toEqual({ ok: false, reason: "no_verified_email" });
    expect(mapOidcIdentity({ sub: "a", email: "ana@evil.example", groups: ["dev"] }, ISSUER, settings)).toEqual({ ok: false, reason: "domain_not_allowed" });
    expect(mapOidcIdentity({ sub: "a", email: "ana@example.com.evil.example", groups: ["dev"] }, ISSUER, settings)).toEqual({ ok: false, reason: "domain_not_allowed" });
    expect(mapOidcIdentity({ sub: "a", email: "ana@example.com", groups: ["marketing"] }, ISSUER, settings)).toEqual({ ok: false, reason: "no_role" });
  });

  it("falls back to the default role and reads space-separated claims", () => {
    expect(mapOidcIdentity({ sub: "a", email: "b@example.com", groups: "secops other" }, ISSUER, settings)).toMatchObject({ ok: true, role: "analyst" });
    expect(mapOidcIdentity({ sub: "a", email: "b@example.com" }, ISSUER, { ...settings, defaultRole: "viewer" })).toMatchObject({ ok: true, role: "viewer" });
  });
});
