/** OpenID Connect settings from the environment; null when single sign-on is not configured. */
import { loadEnv, type VigilEnv } from "@/lib/env";
import { ROLES, type Role } from "../permissions";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  allowedDomains: string[];
  roleClaim: string;
  /** Claim value -> role, in the order given (the first matching entry with the highest role wins). */
  roleMap: Array<{ value: string; role: Role }>;
  defaultRole: Role | null;
}

export function oidcSettingsFrom(env: VigilEnv): OidcSettings | null {
  if (!env.VIGIL_OIDC_ISSUER || !env.VIGIL_OIDC_CLIENT_ID || !env.VIGIL_OIDC_CLIENT_SECRET) return null;
  const roleMap = env.VIGIL_OIDC_ROLE_MAP.split(",").map((pair) => pair.trim()).filter(Boolean).map((pair) => {
    const at = pair.lastIndexOf("=");
    const role = pair.slice(at + 1).trim();
    if (at <= 0 || !(ROLES as readonly string[]).includes(role)) throw new Error(`VIGIL_OIDC_ROLE_MAP: "${pair}" is not claimValue=role (roles: ${ROLES.join(", ")}).`);
    return { value: pair.slice(0, at).trim(), role: role as Role };
  });
  return {
    issuer: env.VIGIL_OIDC_ISSUER,
    clientId: env.VIGIL_OIDC_CLIENT_ID,
    clientSecret: env.VIGIL_OIDC_CLIENT_SECRET,
    name: env.VIGIL_OIDC_NAME,
    allowedDomains: env.VIGIL_OIDC_ALLOWED_DOMAINS.split(",").map((domain) => domain.trim().toLowerCase()).filter(Boolean),
    roleClaim: env.VIGIL_OIDC_ROLE_CLAIM,
    roleMap,
    defaultRole: env.VIGIL_OIDC_DEFAULT_ROLE === "none" ? null : env.VIGIL_OIDC_DEFAULT_ROLE,
  };
}

export function oidcSettings(): OidcSettings | null {
  return oidcSettingsFrom(loadEnv());
}
