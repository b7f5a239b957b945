/**
 * The sign-in, session and lockout settings, as a zod shape that lib/env.ts spreads into the one environment
 * schema (so `loadEnv()` validates them with everything else). .env.example documents each one.
 */
import { z } from "zod";

const minutes = (fallback: number) => z.coerce.number().int().min(1).max(60 * 24 * 30).default(fallback);
const optionalText = z.string().trim().min(1).optional().or(z.literal("").transform(() => undefined));

export const authEnvShape = {
  /** The URL people reach Vigil at (used in set-up links and the OIDC redirect URI); defaults to http://HOSTNAME:PORT. */
  VIGIL_PUBLIC_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  /** A session ends after this much inactivity... */
  VIGIL_SESSION_IDLE_MINUTES: minutes(30),
  /** ...and at the latest this long after sign-in. */
  VIGIL_SESSION_MAX_MINUTES: minutes(12 * 60),
  /** The session token is replaced this often while in use. */
  VIGIL_SESSION_ROTATE_MINUTES: minutes(15),
  /** Consecutive failed sign-ins that lock an account... */
  VIGIL_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  /** ...for this long; each further failure while locked doubles it (up to 24 hours). */
  VIGIL_LOCKOUT_MINUTES: minutes(15),
  /** Failed sign-ins allowed from one IP address within VIGIL_IP_WINDOW_MINUTES before it is refused (429). */
  VIGIL_IP_FAILURE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(20),
  VIGIL_IP_WINDOW_MINUTES: minutes(15),
  /** Minutes a one-time set-up link stays valid. */
  VIGIL_SETUP_LINK_MINUTES: minutes(24 * 60),
  /** OpenID Connect single sign-on: all three set enables it. */
  VIGIL_OIDC_ISSUER: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  VIGIL_OIDC_CLIENT_ID: optionalText,
  VIGIL_OIDC_CLIENT_SECRET: optionalText,
  /** Label of the sign-on button, e.g. "Okta". */
  VIGIL_OIDC_NAME: z.string().trim().min(1).max(40).default("single sign-on"),
  /** Comma-separated e-mail domains allowed to sign in through OIDC; empty allows any verified e-mail. */
  VIGIL_OIDC_ALLOWED_DOMAINS: z.string().default(""),
  /** ID-token claim holding group or role names, e.g. "groups" or "roles". */
  VIGIL_OIDC_ROLE_CLAIM: z.string().default("groups"),
  /** Comma-separated claimValue=role pairs, e.g. "vigil-admins=admin,secops=analyst". */
  VIGIL_OIDC_ROLE_MAP: z.string().default(""),
  /** Role for OIDC users whose claim maps to no role; "none" refuses them. */
  VIGIL_OIDC_DEFAULT_ROLE: z.enum(["none", "viewer", "engineer", "analyst"]).default("none"),
};
