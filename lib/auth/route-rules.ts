/**
 * Who may open each route of app/, checked centrally by proxy.ts before any page, route handler or server
 * action runs. Every page.tsx and route.ts needs a line here: test/security/route-rules.test.ts lists app/
 * from the filesystem and fails on a route without one. A path that matches no rule still requires a
 * signed-in user (deny by default). Data functions and actions check `authorize` again for the finer
 * decisions (account scope, engineers' own findings).
 */
import type { Action } from "./permissions";

export type RouteAccess =
  | { kind: "public" }
  | { kind: "signed_in" }
  | { kind: "action"; action: Action }
  /** Machine API: the handler authenticates a bearer API token itself; the proxy only requires one to be sent. */
  | { kind: "api_token" };

const PUBLIC: RouteAccess = { kind: "public" };
const SIGNED_IN: RouteAccess = { kind: "signed_in" };
const needs = (action: Action): RouteAccess => ({ kind: "action", action });
const API_TOKEN: RouteAccess = { kind: "api_token" };

/** Route patterns as app/ spells them (route groups removed), e.g. "/findings/[id]". */
export const ROUTE_RULES: Readonly<Record<string, RouteAccess>> = {
  "/": needs("findings:read"),
  "/findings": needs("findings:read"),
  "/findings/[id]": needs("findings:read"),
  "/resources": needs("resources:read"),
  "/resources/[id]": needs("resources:read"),
  "/principals": needs("principals:read"),
  "/principals/[id]": needs("principals:read"),
  "/principals/[id]/suggestion": needs("principals:read"),
  "/my-work": needs("findings:read"),
  "/api/findings": needs("findings:read"),
  "/api/findings/[id]": needs("findings:read"),
  "/posture": needs("compliance:read"),
  "/compliance": needs("compliance:read"),
  "/compliance/[framework]": needs("compliance:read"),
  "/compliance/[framework]/report": needs("compliance:read"),
  "/compliance/[framework]/csv": needs("compliance:read"),
  "/settings": needs("settings:manage"),
  "/settings/integrations": needs("settings:manage"),
  "/settings/notifications": needs("settings:manage"),
  "/scans": needs("scans:read"),
  "/api/scans/[id]": needs("scans:read"),
  "/accounts": needs("accounts:read"),
  "/changes": needs("resources:read"),
  "/api/v1/findings": API_TOKEN,
  "/api/v1/resources": API_TOKEN,
  "/api/v1/scans": API_TOKEN,
  "/api/health": PUBLIC,
  "/sign-in": PUBLIC,
  "/setup": PUBLIC,
  "/api/auth/oidc/start": PUBLIC,
  "/api/auth/oidc/callback": PUBLIC,
  "/api/auth/sign-out": SIGNED_IN,
  "/admin/users": needs("users:manage"),
  "/admin/audit": needs("audit:read"),
  "/admin/audit/export": needs("audit:read"),
};

interface CompiledRule {
  segments: string[];
  access: RouteAccess;
  /** Static segments count more: /findings/new beats /findings/[id]. */
  specificity: number;
}

const COMPILED: CompiledRule[] = Object.entries(ROUTE_RULES).map(([pattern, access]) => {
  const segments = pattern.split("/").filter(Boolean);
  return { segments, access, specificity: segments.filter((segment) => !segment.startsWith("[")).length };
});

function matches(rule: CompiledRule, parts: string[]): boolean {
  for (let index = 0; index < rule.segments.length; index++) {
    const segment = rule.segments[index]!;
    if (segment.startsWith("[[...")) return true;
    if (segment.startsWith("[...")) return parts.length > index;
    if (index >= parts.length) return false;
    if (!segment.startsWith("[") && segment !== parts[index]) return false;
  }
  return parts.length === rule.segments.length;
}

/** The rule for a request path, or the signed-in default for paths no rule names. */
export function accessFor(pathname: string): RouteAccess {
  const parts = pathname.split("/").filter(Boolean);
  let best: CompiledRule | undefined;
  for (const rule of COMPILED) {
    if (matches(rule, parts) && (!best || rule.specificity > best.specificity)) best = rule;
  }
  return best?.access ?? SIGNED_IN;
}
