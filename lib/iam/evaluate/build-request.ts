import type { Request, RequestPrincipal } from "@/lib/iam/evaluate/request";
import type { IamPrincipal } from "@/lib/iam/model/iam-model";

export interface RequestOptions {
  now: Date;
  /** Extra context keys (lower-case) known for this request, e.g. iam:passedtoservice. */
  context?: Record<string, string[] | null>;
  scope?: "some" | "every";
}

export function requestPrincipalOf(principal: IamPrincipal): RequestPrincipal {
  return { arn: principal.arn, accountId: principal.accountId, kind: principal.kind };
}

/**
 * The request context the engine knows for a principal acting on its own: who it is, when it is, and
 * what session it uses. A role acts through an assumed-role session (aws:TokenIssueTime is present);
 * a user acts with long-term access keys (no token, so aws:TokenIssueTime is absent).
 * Everything else (source IP, MFA, tags on the request) stays unknown.
 */
export function buildRequest(principal: IamPrincipal, action: string, resource: string, options: RequestOptions): Request {
  const base = baseContext(principal, options.now);
  const resourceAccount = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(resource)?.[1];
  // The base context is shared between requests (evaluation only reads it); copy only when adding to it.
  const context = resourceAccount || options.context ? { ...base, ...(resourceAccount ? { "aws:resourceaccount": [resourceAccount] } : {}), ...options.context } : base;
  return { principal: requestPrincipalOf(principal), action, resource, scope: options.scope, context };
}

const contexts = new WeakMap<IamPrincipal, { at: number; context: Record<string, string[] | null> }>();

function baseContext(principal: IamPrincipal, at: Date): Record<string, string[] | null> {
  const cached = contexts.get(principal);
  if (cached && cached.at === at.getTime()) return cached.context;
  const options = { now: at };
  const now = options.now.toISOString();
  const context: Record<string, string[] | null> = {
    "aws:principalarn": [principal.arn],
    "aws:principalaccount": [principal.accountId],
    "aws:principaltype": [principal.kind === "user" ? "User" : "AssumedRole"],
    "aws:currenttime": [now],
    "aws:epochtime": [String(Math.floor(options.now.getTime() / 1000))],
    "aws:tokenissuetime": principal.kind === "role" ? [now] : null,
    "aws:username": principal.kind === "user" ? [principal.name] : null,
    "aws:principalisawsservice": ["false"],
    "aws:principalservicename": null,
    "aws:sourceaccount": null,
    "aws:sourcearn": null,
    "aws:viaawsservice": ["false"],
  };
  for (const [key, value] of Object.entries(principal.tags)) context[`aws:principaltag/${key.toLowerCase()}`] = [value];
  contexts.set(principal, { at: at.getTime(), context });
  return context;
}
