/**
 * Decides whether an ID token's claims may use Vigil and with which role: a verified e-mail in an
 * allowed domain, and a role from the configured claim (the most powerful mapped role wins), else the
 * default role, else refused. Pure, so the policy is unit-tested.
 */
import { ROLES, type Role } from "../permissions";
import type { OidcSettings } from "./oidc-settings";

export type OidcIdentity =
  | { ok: true; subject: string; email: string; name: string; role: Role }
  | { ok: false; reason: "no_verified_email" | "domain_not_allowed" | "no_role" };

export function mapOidcIdentity(claims: Record<string, unknown>, issuer: string, settings: Pick<OidcSettings, "allowedDomains" | "roleClaim" | "roleMap" | "defaultRole">): OidcIdentity {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  // Providers that omit email_verified (Entra ID) vouch for the address they issue; false means unverified.
  if (!email || claims.email_verified === false || !/^[^@\s]+@[^@\s]+$/.test(email)) return { ok: false, reason: "no_verified_email" };
  const domain = email.slice(email.lastIndexOf("@") + 1);
  if (settings.allowedDomains.length > 0 && !settings.allowedDomains.includes(domain)) return { ok: false, reason: "domain_not_allowed" };

  const raw = claims[settings.roleClaim];
  const values = new Set((Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[ ,]+/) : []).filter((value): value is string => typeof value === "string"));
  const mapped = settings.roleMap.filter((entry) => values.has(entry.value)).map((entry) => entry.role);
  // ROLES is ordered from most to least powerful.
  const role = ROLES.find((candidate) => mapped.includes(candidate)) ?? settings.defaultRole;
  if (!role) return { ok: false, reason: "no_role" };
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 120) : email;
  return { ok: true, subject: `${issuer} ${String(claims.sub)}`, email, name, role };
}
