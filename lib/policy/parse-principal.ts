/** A Principal or NotPrincipal element as people write it: "*" or { AWS | Service | Federated | CanonicalUser: one or many }. */
export type PrincipalValue = "*" | Record<string, string | string[]>;

/** One principal named by a policy, with the account it belongs to when the name says so. */
export type Principal =
  | { kind: "anyone"; value: "*" }
  | { kind: "account"; value: string; accountId: string }
  | { kind: "aws-arn"; value: string; accountId: string | null }
  | { kind: "service"; value: string }
  | { kind: "federated"; value: string }
  | { kind: "canonical-user"; value: string };

const ACCOUNT_ID = /^\d{12}$/;
const ARN_ACCOUNT = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/;

/** Normalises every form of Principal / NotPrincipal into a flat list. */
export function parsePrincipal(principal: PrincipalValue | undefined): Principal[] {
  if (principal === undefined) return [];
  if (principal === "*") return [{ kind: "anyone", value: "*" }];
  if (typeof principal !== "object" || principal === null) return [];
  const out: Principal[] = [];
  for (const [type, raw] of Object.entries(principal)) {
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (typeof value !== "string") continue;
      out.push(parseOne(type.toLowerCase(), value.trim()));
    }
  }
  return out;
}

function parseOne(type: string, value: string): Principal {
  if (type === "service") return { kind: "service", value: value.toLowerCase() };
  if (type === "federated") return { kind: "federated", value };
  if (type === "canonicaluser") return { kind: "canonical-user", value };
  if (value === "*") return { kind: "anyone", value: "*" };
  if (ACCOUNT_ID.test(value)) return { kind: "account", value, accountId: value };
  const accountId = ARN_ACCOUNT.exec(value)?.[1] ?? null;
  // "arn:aws:iam::123456789012:root" names the whole account, like the bare id.
  if (accountId && /:root$/.test(value)) return { kind: "account", value, accountId };
  return { kind: "aws-arn", value, accountId };
}
