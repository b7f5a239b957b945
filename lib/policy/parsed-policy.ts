import type { Principal } from "@/lib/policy/parse-principal";

/** Where a policy comes from; names the statement that grants or denies in every explanation. */
export interface PolicySource {
  kind: "inline" | "managed" | "boundary" | "scp" | "resource" | "trust" | "suggested";
  /** Managed policy ARN, or the ARN of the resource that carries a resource policy. */
  arn: string | null;
  name: string;
  /** Group name when the principal receives the policy through a group. */
  viaGroup: string | null;
}

export interface ParsedCondition {
  /** As written, e.g. "ForAnyValue:StringLikeIfExists". */
  operator: string;
  /** Lower-case operator without set prefix and IfExists, e.g. "stringlike". */
  base: string;
  ifExists: boolean;
  set: "all" | "any" | null;
  key: string;
  keyLower: string;
  values: string[];
}

export interface ParsedStatement {
  index: number;
  sid: string | null;
  effect: "Allow" | "Deny";
  /** Exactly one of actions / notActions is non-null. */
  actions: string[] | null;
  notActions: string[] | null;
  /** Exactly one of resources / notResources is non-null (resource policies may omit both: "*"). */
  resources: string[] | null;
  notResources: string[] | null;
  principals: Principal[] | null;
  notPrincipals: Principal[] | null;
  conditions: ParsedCondition[];
  /** Lower-case service prefixes the statement's action patterns can name; "*" for any. */
  services: string[];
  /** The statement as written, for evidence shown to people. */
  raw: Readonly<Record<string, unknown>>;
}

export interface ParseProblem {
  /** The policy's name or ARN. */
  policy: string;
  statementIndex: number | null;
  severity: "error" | "warning";
  message: string;
}

export interface ParsedPolicy {
  /** Unique per document instance; keys memoised evaluation. */
  id: number;
  source: PolicySource;
  statements: ParsedStatement[];
  problems: ParseProblem[];
  /** Statements per service prefix they can name ("*" holds statements whose service part has a wildcard). */
  byService: Map<string, ParsedStatement[]>;
  /** The decoded document as given, for display and suggestions. */
  document: unknown;
}

/** Human label of a policy for explanations: "managed arn:...", "inline app (group devs)". */
export function describeSource(source: PolicySource): string {
  const via = source.viaGroup ? ` via group ${source.viaGroup}` : "";
  return `${source.kind} ${source.arn ?? source.name}${via}`;
}
