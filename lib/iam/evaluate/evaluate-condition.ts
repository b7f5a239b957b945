import type { Truth } from "@/lib/iam/evaluate/truth";
import { and, or } from "@/lib/iam/evaluate/truth";
import { matchGlob } from "@/lib/policy/glob";
import type { ParsedCondition } from "@/lib/policy/parsed-policy";

const NEGATED = new Set([
  "stringnotequals", "stringnotequalsignorecase", "stringnotlike", "numericnotequals", "datenotequals",
  "arnnotequals", "arnnotlike", "notipaddress",
]);

type Context = Record<string, string[] | null>;

/**
 * Evaluates one condition key against the request context, in three values.
 * A key the context does not list is unknown, so the condition stays undecided rather than silently
 * holding or failing; a key listed as null is known to be absent (IAM's rules for missing keys apply).
 */
export function evaluateCondition(condition: ParsedCondition, context: Context): Truth {
  const requestValues = context[condition.keyLower];
  if (requestValues === undefined) return "unknown";
  if (condition.base === "null") {
    const wantsAbsent = condition.values.some((v) => v.toLowerCase() === "true");
    return (requestValues === null || requestValues.length === 0) === wantsAbsent;
  }
  const negated = NEGATED.has(condition.base);
  if (requestValues === null || requestValues.length === 0) {
    if (condition.ifExists) return true;
    if (condition.set === "all") return true;
    if (condition.set === "any") return false;
    return negated;
  }
  const policyValues: string[] = [];
  for (const raw of condition.values) {
    const resolved = resolveVariables(raw, context);
    if (resolved === null) return "unknown";
    policyValues.push(resolved);
  }
  const matchOne = (value: string): Truth => {
    let result: Truth = false;
    for (const p of policyValues) {
      const m = compare(condition.base, p, value);
      if (m === true) return true;
      if (m === "unknown") result = "unknown";
    }
    return result;
  };
  const perValue = requestValues.map((v) => {
    const m = matchOne(v);
    return negated ? (m === "unknown" ? m : !m) : m;
  });
  if (condition.set === "all") return perValue.reduce<Truth>((acc, m) => and(acc, m), true);
  if (condition.set === "any" || !negated) return perValue.reduce<Truth>((acc, m) => or(acc, m), false);
  // A negated operator on a plain key holds only when no request value matches.
  return perValue.reduce<Truth>((acc, m) => and(acc, m), true);
}

/** Replaces ${aws:username}-style policy variables from the context; null when one is unknown. */
export function resolveVariables(value: string, context: Context): string | null {
  if (!value.includes("${")) return value;
  let unknown = false;
  const out = value.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
    if (name === "*" || name === "?" || name === "$") return `\u0000${name}`;
    const key = name.split(",")[0]?.trim().toLowerCase() ?? "";
    const found = context[key];
    if (found && found.length === 1 && found[0] !== undefined) return found[0];
    const fallback = /,\s*'([^']*)'/.exec(name)?.[1];
    if (fallback !== undefined && found === null) return fallback;
    unknown = true;
    return "";
  });
  return unknown ? null : out;
}

function compare(base: string, policy: string, value: string): Truth {
  switch (base) {
    case "stringequals":
    case "stringnotequals":
      return policy === value;
    case "stringequalsignorecase":
    case "stringnotequalsignorecase":
      return policy.toLowerCase() === value.toLowerCase();
    case "stringlike":
    case "stringnotlike":
    case "arnlike":
    case "arnnotlike":
    case "arnequals":
    case "arnnotequals":
      return matchGlob(unescape(policy), value, true);
    case "numericequals":
    case "numericnotequals":
    case "numericlessthan":
    case "numericlessthanequals":
    case "numericgreaterthan":
    case "numericgreaterthanequals":
      return ordered(base.slice("numeric".length), Number(value), Number(policy));
    case "dateequals":
    case "datenotequals":
    case "datelessthan":
    case "datelessthanequals":
    case "dategreaterthan":
    case "dategreaterthanequals":
      return ordered(base.slice("date".length), toEpoch(value), toEpoch(policy));
    case "bool":
      return policy.toLowerCase() === value.toLowerCase();
    case "binaryequals":
      return policy === value;
    case "ipaddress":
    case "notipaddress":
      return inCidr(value, policy);
    default:
      return "unknown";
  }
}

function unescape(pattern: string): string {
  // ${*} and ${?} are literal characters; glob matching has no escape, so keep them as unlikely placeholders.
  return pattern.replace(/\u0000\*/g, "\u0001").replace(/\u0000\?/g, "\u0002").replace(/\u0000\$/g, "$");
}

function ordered(op: string, left: number, right: number): Truth {
  if (Number.isNaN(left) || Number.isNaN(right)) return "unknown";
  if (op === "equals" || op === "notequals") return left === right;
  if (op === "lessthan") return left < right;
  if (op === "lessthanequals") return left <= right;
  if (op === "greaterthan") return left > right;
  if (op === "greaterthanequals") return left >= right;
  return "unknown";
}

function toEpoch(value: string): number {
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  return Date.parse(value);
}

function ipv4(value: string): number | null {
  const parts = value.split(".");
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    const octet = Number(p);
    if (!/^\d{1,3}$/.test(p) || octet > 255) return null;
    n = n * 256 + octet;
  }
  return n;
}

function inCidr(value: string, cidr: string): Truth {
  const [address, prefixText] = cidr.split("/");
  const ip = ipv4(value);
  const net = ipv4(address ?? "");
  if (ip === null || net === null) return value === cidr ? true : "unknown";
  const prefix = prefixText === undefined ? 32 : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) return "unknown";
  const size = 2 ** (32 - prefix);
  return Math.floor(ip / size) === Math.floor(net / size);
}
