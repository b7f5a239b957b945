/** Sign-in and session policy as durations, derived once from the environment and passed to the auth functions. */
import { loadEnv, type VigilEnv } from "@/lib/env";

export interface AuthSettings {
  sessionIdleMs: number;
  sessionMaxMs: number;
  sessionRotateMs: number;
  /** How long a rotated-out token still works, so requests already in flight do not sign the user out. */
  rotationGraceMs: number;
  lockoutThreshold: number;
  lockoutMs: number;
  ipFailureLimit: number;
  ipWindowMs: number;
  setupLinkMs: number;
}

const MINUTE = 60_000;

export function authSettingsFrom(env: VigilEnv): AuthSettings {
  return {
    sessionIdleMs: env.VIGIL_SESSION_IDLE_MINUTES * MINUTE,
    sessionMaxMs: env.VIGIL_SESSION_MAX_MINUTES * MINUTE,
    sessionRotateMs: env.VIGIL_SESSION_ROTATE_MINUTES * MINUTE,
    rotationGraceMs: MINUTE,
    lockoutThreshold: env.VIGIL_LOCKOUT_THRESHOLD,
    lockoutMs: env.VIGIL_LOCKOUT_MINUTES * MINUTE,
    ipFailureLimit: env.VIGIL_IP_FAILURE_LIMIT,
    ipWindowMs: env.VIGIL_IP_WINDOW_MINUTES * MINUTE,
    setupLinkMs: env.VIGIL_SETUP_LINK_MINUTES * MINUTE,
  };
}

export function authSettings(): AuthSettings {
  return authSettingsFrom(loadEnv());
}

/** The base URL for links Vigil prints or sends (set-up links, the OIDC redirect URI). */
export function publicBaseUrl(env: VigilEnv = loadEnv()): string {
  if (env.VIGIL_PUBLIC_URL) return env.VIGIL_PUBLIC_URL.replace(/\/+$/, "");
  const host = env.HOSTNAME === "0.0.0.0" ? "localhost" : env.HOSTNAME;
  return `http://${host}:${env.PORT}`;
}
