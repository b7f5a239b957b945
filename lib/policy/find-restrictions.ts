import type { ParsedCondition } from "@/lib/policy/parsed-policy";

/**
 * What a condition narrows a grant to:
 * - account: named AWS accounts (aws:PrincipalAccount, aws:SourceAccount, aws:SourceOwner, kms:CallerAccount, ...)
 * - organization: members of an AWS Organization (aws:PrincipalOrgID, aws:PrincipalOrgPaths)
 * - network: a VPC, a VPC endpoint, or a fixed IP range no wider than S3's own "public" threshold
 * - source: one AWS resource acting through a service (aws:SourceArn)
 */
export type RestrictionKind = "account" | "organization" | "network" | "source";

export interface Restriction {
  kind: RestrictionKind;
  key: string;
  operator: string;
  values: string[];
  /** Accounts the condition names, when it names them (account kind, or ARNs that carry an account). */
  accounts: string[];
}

const KEY_KINDS: Record<string, RestrictionKind> = {
  "aws:principalaccount": "account",
  "aws:sourceaccount": "account",
  "aws:sourceowner": "account",
  "aws:resourceaccount": "account",
  "kms:calleraccount": "account",
  "s3:dataaccesspointaccount": "account",
  "aws:principalarn": "account",
  "aws:principalorgid": "organization",
  "aws:principalorgpaths": "organization",
  // The organization of the resource a service acts for (confused-deputy guards on service trust policies).
  "aws:sourceorgid": "organization",
  "aws:sourceorgpaths": "organization",
  "aws:sourcevpc": "network",
  "aws:sourcevpce": "network",
  "aws:sourceip": "network",
  "aws:sourcearn": "source",
};

const POSITIVE = new Set(["stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress"]);
const NEGATED = new Set(["stringnotequals", "stringnotequalsignorecase", "stringnotlike", "arnnotequals", "arnnotlike", "notipaddress"]);

/**
 * The restricting conditions of a statement.
 * In an Allow, only positive operators restrict, and never their "IfExists" form (a request without the key
 * would still match). In a Deny (`negated`), the negated operators restrict: "deny unless it comes from X",
 * with or without IfExists.
 */
export function findRestrictions(conditions: readonly ParsedCondition[], negated = false): Restriction[] {
  const out: Restriction[] = [];
  for (const c of conditions) {
    if (negated ? !NEGATED.has(c.base) : !POSITIVE.has(c.base) || c.ifExists) continue;
    const kind = KEY_KINDS[c.keyLower];
    if (!kind) continue;
    if (c.values.length === 0 || c.values.some((v) => /^\*+$/.test(v.trim()))) continue;
    if (c.keyLower === "aws:sourceip" && !c.values.every(isNarrowCidr)) continue;
    out.push({ kind, key: c.key, operator: c.operator, values: c.values, accounts: accountsOf(kind, c.values) });
  }
  return out;
}

function accountsOf(kind: RestrictionKind, values: string[]): string[] {
  const found = new Set<string>();
  for (const v of values) {
    if (/^\d{12}$/.test(v)) found.add(v);
    const fromArn = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(v)?.[1];
    if (fromArn) found.add(fromArn);
  }
  // An account restriction whose values carry no literal account (wildcards) is not an account restriction we can read.
  return kind === "account" || kind === "source" ? [...found] : [];
}

// S3 treats IP ranges wider than /8 (IPv4) or /32 (IPv6) as public; Vigil follows the same line.
function isNarrowCidr(value: string): boolean {
  const [address, prefixText] = value.trim().split("/");
  if (!address) return false;
  const isV6 = address.includes(":");
  const prefix = prefixText === undefined ? (isV6 ? 128 : 32) : Number(prefixText);
  if (!Number.isInteger(prefix)) return false;
  return isV6 ? prefix >= 32 : prefix >= 8;
}
