import type { Principal } from "@/lib/policy/parse-principal";
import { parsePrincipal } from "@/lib/policy/parse-principal";
import type { ConditionBlock, PolicyDocument, PolicyStatement, StringOrList } from "@/lib/policy/policy-document";

/** A statement with every list-or-string member turned into a list, so callers never branch on shape. */
export interface NormalizedStatement {
  index: number;
  sid: string | null;
  effect: "Allow" | "Deny";
  /** Exactly one of actions / notActions is non-null. */
  actions: string[] | null;
  notActions: string[] | null;
  resources: string[] | null;
  notResources: string[] | null;
  /** null when the statement has no Principal (identity policies). */
  principals: Principal[] | null;
  notPrincipals: Principal[] | null;
  conditions: ConditionBlock;
  raw: PolicyStatement;
}

function toList(value: StringOrList | undefined): string[] | null {
  if (value === undefined) return null;
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

/** Accepts a decoded policy document (or a JSON string of one) and returns its statements; never throws. */
export function normalizePolicy(document: unknown): NormalizedStatement[] {
  let doc: unknown = document;
  if (typeof doc === "string") {
    try {
      doc = JSON.parse(doc);
    } catch {
      return [];
    }
  }
  if (!doc || typeof doc !== "object") return [];
  const statement = (doc as PolicyDocument).Statement;
  if (!statement) return [];
  const list = Array.isArray(statement) ? statement : [statement];
  return list
    .filter((s): s is PolicyStatement => !!s && typeof s === "object")
    .map((s, index) => ({
      index,
      sid: typeof s.Sid === "string" ? s.Sid : null,
      effect: s.Effect === "Deny" ? "Deny" : "Allow",
      actions: toList(s.Action),
      notActions: toList(s.NotAction),
      resources: toList(s.Resource),
      notResources: toList(s.NotResource),
      principals: s.Principal === undefined ? null : parsePrincipal(s.Principal),
      notPrincipals: s.NotPrincipal === undefined ? null : parsePrincipal(s.NotPrincipal),
      conditions: s.Condition && typeof s.Condition === "object" ? s.Condition : {},
      raw: s,
    }));
}
